import defaultRulesDocument from './default-rules.json';
import { pixelRulesFromJson, type PixelRuleSet } from './pixel-rules';

/** The rules shipped with Lattice: a few measured device rules, then the ultrasound banner default. */
export const DEFAULT_PIXEL_RULES: PixelRuleSet = pixelRulesFromJson(defaultRulesDocument, 'defaults');
