import { readFile } from 'node:fs/promises';
import { z } from 'zod';
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

const MAX_RULES = 10_000;
const MAX_REGIONS = 64;

const patterns = z
  .union([z.string().min(1).max(128), z.array(z.string().min(1).max(128)).min(1).max(64)])
  .transform((value) => (typeof value === 'string' ? [value] : value));
const dimension = z.number().int().min(1).max(65535);
const regionSchema = z.strictObject({
  x: z.number().min(0),
  y: z.number().min(0),
  width: z.number().gt(0),
  height: z.number().gt(0),
});
const ruleSchema = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, 'use 1–64 letters, digits, dots, dashes or underscores'),
  description: z.string().max(1000).optional(),
  match: z.strictObject({
    manufacturer: patterns.optional(),
    model: patterns.optional(),
    modality: patterns.optional(),
    rows: dimension.optional(),
    columns: dimension.optional(),
  }),
  units: z.enum(['pixels', 'fraction']).default('pixels'),
  regions: z.array(regionSchema).max(MAX_REGIONS),
});
const rulesFileSchema = z.strictObject({
  format: z.literal('lattice-pixel-rules'),
  version: z.literal(1),
  description: z.string().max(4000).optional(),
  rules: z.array(ruleSchema).max(MAX_RULES),
});

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

/** Parses and validates the JSON text of a rules file (format in the README beside this file). */
export function parsePixelRules(text: string, source: string): PixelRuleSet {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    throw new PixelRulesError('INVALID_JSON', `rules file ${source} is not valid JSON${detail}`);
  }
  return pixelRulesFromJson(json, source);
}

/** Validates an already parsed rules document. */
export function pixelRulesFromJson(json: unknown, source: string): PixelRuleSet {
  const parsed = rulesFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? formatPath(issue.path) : 'document';
    throw new PixelRulesError('INVALID_RULES', `rules file ${source}: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const rules = parsed.data.rules.map((rule, index): PixelRule => {
    const where = `rules file ${source}: rules[${index}] ("${rule.id}")`;
    const { manufacturer, model, modality, rows, columns } = rule.match;
    if (!manufacturer && !model && !modality && rows === undefined && columns === undefined) {
      throw new PixelRulesError('INVALID_RULES', `${where}: match needs at least one condition`);
    }
    rule.regions.forEach((region, r) => checkRegion(region, rule.units, rows, columns, `${where}.regions[${r}]`));
    return {
      id: rule.id,
      ...(rule.description === undefined ? {} : { description: rule.description }),
      match: rule.match,
      units: rule.units,
      regions: rule.regions,
      source,
    };
  });
  return new PixelRuleSet(rules);
}

function checkRegion(
  region: PixelRegion,
  units: PixelRule['units'],
  rows: number | undefined,
  columns: number | undefined,
  where: string,
): void {
  const fail = (why: string) => {
    throw new PixelRulesError('INVALID_RULES', `${where}: ${why}`);
  };
  if (units === 'fraction') {
    if (region.x + region.width > 1 + 1e-9) fail('x + width exceeds 1 (fraction units)');
    if (region.y + region.height > 1 + 1e-9) fail('y + height exceeds 1 (fraction units)');
    return;
  }
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    if (!Number.isInteger(region[key])) fail(`${key} must be a whole number of pixels`);
  }
  if (columns !== undefined && region.x + region.width > columns) fail(`x + width exceeds the rule's ${columns} columns`);
  if (rows !== undefined && region.y + region.height > rows) fail(`y + height exceeds the rule's ${rows} rows`);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`)).join('');
}

/** Reads and validates a rules file from disk. */
export async function readPixelRulesFile(path: string): Promise<PixelRuleSet> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    throw new PixelRulesError('UNREADABLE_RULES_FILE', `cannot read rules file ${path} (${code})`);
  }
  return parsePixelRules(text, path);
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
