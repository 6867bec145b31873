import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { PixelRegion } from './pixel-policy';
import { PixelRulesError } from './pixel-rules-error';
import { PixelRuleSet, type PixelRule } from './pixel-rules';

// The rules file format and its validation, apart from the rule set itself: only code that reads a
// file loads the validator (a de-identification thread gets its rules already checked).

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
    throw new PixelRulesError(
      'INVALID_RULES',
      `rules file ${source}: ${where}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const rules = parsed.data.rules.map((rule, index): PixelRule => {
    const where = `rules file ${source}: rules[${index}] ("${rule.id}")`;
    const { manufacturer, model, modality, rows, columns } = rule.match;
    if (!manufacturer && !model && !modality && rows === undefined && columns === undefined) {
      throw new PixelRulesError('INVALID_RULES', `${where}: match needs at least one condition`);
    }
    rule.regions.forEach((region, r) =>
      checkRegion(region, rule.units, rows, columns, `${where}.regions[${r}]`),
    );
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
  if (columns !== undefined && region.x + region.width > columns)
    fail(`x + width exceeds the rule's ${columns} columns`);
  if (rows !== undefined && region.y + region.height > rows)
    fail(`y + height exceeds the rule's ${rows} rows`);
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i === 0 ? '' : '.'}${String(key)}`))
    .join('');
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
