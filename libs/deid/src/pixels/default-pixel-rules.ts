import defaultRulesDocument from './default-rules.json';
import type { PixelRegion } from './pixel-policy';
import { PixelRuleSet, type PixelRule } from './pixel-rules';

/** A rule as the rules file writes it: text conditions may be one pattern or a list, units may be left out. */
interface WrittenRule {
  readonly id: string;
  readonly description?: string;
  readonly match: Record<'manufacturer' | 'model' | 'modality', string | readonly string[] | undefined> & {
    readonly rows?: number;
    readonly columns?: number;
  };
  readonly units?: 'pixels' | 'fraction';
  readonly regions: readonly PixelRegion[];
}

const patterns = (value: string | readonly string[] | undefined) =>
  value === undefined ? undefined : typeof value === 'string' ? [value] : value;

// The shipped file is checked against the rules file format by its spec; read here without the validator,
// so threads that only apply rules start without loading it.
function shippedRule(rule: WrittenRule): PixelRule {
  const { manufacturer, model, modality, rows, columns } = rule.match;
  return {
    id: rule.id,
    ...(rule.description === undefined ? {} : { description: rule.description }),
    match: {
      ...(manufacturer === undefined ? {} : { manufacturer: patterns(manufacturer) }),
      ...(model === undefined ? {} : { model: patterns(model) }),
      ...(modality === undefined ? {} : { modality: patterns(modality) }),
      ...(rows === undefined ? {} : { rows }),
      ...(columns === undefined ? {} : { columns }),
    },
    units: rule.units ?? 'pixels',
    regions: rule.regions,
    source: 'defaults',
  };
}

/** The rules shipped with Lattice: a few measured device rules, then the ultrasound banner default. */
export const DEFAULT_PIXEL_RULES: PixelRuleSet = new PixelRuleSet(
  (defaultRulesDocument.rules as unknown as readonly WrittenRule[]).map(shippedRule),
);
