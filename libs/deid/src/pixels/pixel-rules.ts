import { GlobPattern } from './glob-pattern';
import type { PixelRegion } from './pixel-policy';
import { PixelRulesError } from './pixel-rules-error';

/** What a rule is matched against: the device and image size of one file. */
export interface PixelDevice {
  readonly manufacturer: string;
  readonly model: string;
  readonly modality: string;
  readonly rows: number;
  readonly columns: number;
}

/** The conditions of a rule; an absent field matches anything. Text fields are glob patterns. */
export interface PixelRuleMatch {
  readonly manufacturer?: readonly string[];
  readonly model?: readonly string[];
  readonly modality?: readonly string[];
  readonly rows?: number;
  readonly columns?: number;
}

/** One redaction rule: which images it covers and the rectangles to blank in every frame. */
export interface PixelRule {
  readonly id: string;
  readonly description?: string;
  readonly match: PixelRuleMatch;
  /** `pixels`: image coordinates; `fraction`: 0–1 of the image's columns (x, width) and rows (y, height). */
  readonly units: 'pixels' | 'fraction';
  /** Empty means the matched images are known to carry no burned-in text. */
  readonly regions: readonly PixelRegion[];
  /** Where the rule came from (a file name or `defaults`), for messages. */
  readonly source: string;
}

interface CompiledRule {
  readonly rule: PixelRule;
  readonly manufacturer: readonly GlobPattern[] | undefined;
  readonly model: readonly GlobPattern[] | undefined;
  readonly modality: readonly GlobPattern[] | undefined;
}

/** An ordered list of redaction rules; the first rule that matches a file is the one applied. */
export class PixelRuleSet {
  private readonly compiled: readonly CompiledRule[];

  constructor(readonly rules: readonly PixelRule[]) {
    const seen = new Set<string>();
    for (const rule of rules) {
      if (seen.has(rule.id)) {
        throw new PixelRulesError('INVALID_RULES', `rule id "${rule.id}" appears twice (${rule.source})`);
      }
      seen.add(rule.id);
    }
    this.compiled = rules.map((rule) => ({
      rule,
      manufacturer: rule.match.manufacturer?.map((p) => new GlobPattern(p)),
      model: rule.match.model?.map((p) => new GlobPattern(p)),
      modality: rule.match.modality?.map((p) => new GlobPattern(p)),
    }));
  }

  /** The first rule matching the device and image size, if any. */
  find(device: PixelDevice): PixelRule | undefined {
    for (const entry of this.compiled) {
      const { match } = entry.rule;
      if (match.rows !== undefined && match.rows !== device.rows) continue;
      if (match.columns !== undefined && match.columns !== device.columns) continue;
      if (!matchesAny(entry.manufacturer, device.manufacturer)) continue;
      if (!matchesAny(entry.model, device.model)) continue;
      if (!matchesAny(entry.modality, device.modality)) continue;
      return entry.rule;
    }
    return undefined;
  }

  /** This set's rules first, then the other's: the way a site file is put in front of the defaults. */
  followedBy(other: PixelRuleSet): PixelRuleSet {
    return new PixelRuleSet([...this.rules, ...other.rules]);
  }
}

function matchesAny(patternList: readonly GlobPattern[] | undefined, value: string): boolean {
  return patternList === undefined || patternList.some((pattern) => pattern.matches(value));
}

/**
 * A rule's rectangles in pixels for an image of this size: fractions are rounded outwards so the
 * blanked area never shrinks, and pixel rectangles are clipped to the image.
 */
export function resolveRuleRegions(rule: PixelRule, rows: number, columns: number): PixelRegion[] {
  const resolved: PixelRegion[] = [];
  for (const region of rule.regions) {
    let x0: number;
    let y0: number;
    let x1: number;
    let y1: number;
    if (rule.units === 'fraction') {
      x0 = Math.floor(region.x * columns);
      y0 = Math.floor(region.y * rows);
      x1 = Math.ceil((region.x + region.width) * columns);
      y1 = Math.ceil((region.y + region.height) * rows);
    } else {
      x0 = region.x;
      y0 = region.y;
      x1 = region.x + region.width;
      y1 = region.y + region.height;
    }
    x1 = Math.min(x1, columns);
    y1 = Math.min(y1, rows);
    if (x1 > x0 && y1 > y0) resolved.push({ x: x0, y: y0, width: x1 - x0, height: y1 - y0 });
  }
  return resolved;
}
