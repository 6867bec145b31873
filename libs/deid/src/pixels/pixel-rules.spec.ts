import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_PIXEL_RULES } from './default-pixel-rules';
import { GlobPattern } from './glob-pattern';
import defaultRulesDocument from './default-rules.json';
import { resolveRuleRegions } from './pixel-rules';
import { parsePixelRules, pixelRulesFromJson, readPixelRulesFile } from './pixel-rules-file';
import { PixelRulesError } from './pixel-rules-error';

const device = { manufacturer: 'GE Healthcare', model: 'LOGIQ E9', modality: 'US', rows: 768, columns: 1024 };

function rulesText(rules: unknown[]): string {
  return JSON.stringify({ format: 'lattice-pixel-rules', version: 1, rules });
}

function errorOf(run: () => unknown): PixelRulesError {
  try {
    run();
  } catch (error) {
    if (error instanceof PixelRulesError) return error;
    throw error;
  }
  throw new Error('expected a PixelRulesError');
}

describe('GlobPattern', () => {
  it.each([
    ['GE*', 'GE Healthcare', true],
    ['ge*', 'G.E. Medical Systems', false],
    ['G.E.*', 'G.E. Medical Systems', true],
    ['*logiq*', ' LOGIQ  E9 ', true],
    ['LOGIQ ?9', 'LOGIQ E9', true],
    ['LOGIQ ?9', 'LOGIQ E10', false],
    ['*', '', true],
    ['a*a*a*a*a*b', 'a'.repeat(64), false],
  ])('%s against %j is %s', (pattern, value, expected) => {
    expect(new GlobPattern(pattern).matches(value)).toBe(expected);
  });
});

describe('parsePixelRules', () => {
  it('takes the first rule that matches device, model and size', () => {
    const rules = parsePixelRules(
      rulesText([
        {
          id: 'e9-small',
          match: { manufacturer: 'GE*', model: 'LOGIQ E9', rows: 600, columns: 800 },
          regions: [{ x: 0, y: 0, width: 800, height: 60 }],
        },
        {
          id: 'e9-large',
          match: { manufacturer: ['Philips*', 'GE*'], model: 'LOGIQ*', rows: 768, columns: 1024 },
          regions: [{ x: 0, y: 0, width: 1024, height: 80 }],
        },
        {
          id: 'any-us',
          match: { modality: 'US' },
          units: 'fraction',
          regions: [{ x: 0, y: 0, width: 1, height: 0.1 }],
        },
      ]),
      'site.json',
    );
    expect(rules.find(device)?.id).toBe('e9-large');
    expect(rules.find({ ...device, model: 'Vivid' })?.id).toBe('any-us');
    expect(rules.find({ ...device, modality: 'CT', model: 'Vivid' })).toBeUndefined();
  });

  it.each<[string, string, string]>([
    ['not JSON', '{ rules: [', 'INVALID_JSON'],
    ['a wrong format tag', JSON.stringify({ format: 'ctp', version: 1, rules: [] }), 'INVALID_RULES'],
    [
      'an unknown key',
      rulesText([{ id: 'a', match: { modality: 'US' }, regions: [], colour: 'red' }]),
      'INVALID_RULES',
    ],
    ['a rule that matches everything', rulesText([{ id: 'a', match: {}, regions: [] }]), 'INVALID_RULES'],
    [
      'a region outside the rule size',
      rulesText([
        { id: 'a', match: { rows: 100, columns: 100 }, regions: [{ x: 50, y: 0, width: 60, height: 10 }] },
      ]),
      'INVALID_RULES',
    ],
    [
      'a fraction above 1',
      rulesText([
        {
          id: 'a',
          match: { modality: 'US' },
          units: 'fraction',
          regions: [{ x: 0.5, y: 0, width: 0.6, height: 0.1 }],
        },
      ]),
      'INVALID_RULES',
    ],
    [
      'fractional pixels',
      rulesText([{ id: 'a', match: { modality: 'US' }, regions: [{ x: 0.5, y: 0, width: 10, height: 10 }] }]),
      'INVALID_RULES',
    ],
    [
      'a duplicate id',
      rulesText([
        { id: 'a', match: { modality: 'US' }, regions: [] },
        { id: 'a', match: { modality: 'XA' }, regions: [] },
      ]),
      'INVALID_RULES',
    ],
  ])('refuses %s with a clear error', (_title, text, code) => {
    const error = errorOf(() => parsePixelRules(text, 'site.json'));
    expect(error.code).toBe(code);
    expect(error.message).toContain('site.json');
  });

  it('names the entry at fault', () => {
    const text = rulesText([
      { id: 'ok', match: { modality: 'US' }, regions: [] },
      { id: 'bad', match: { modality: 'US' }, regions: [{ x: 0, y: 0, width: -4, height: 10 }] },
    ]);
    expect(errorOf(() => parsePixelRules(text, 'site.json')).message).toMatch(
      /rules\[1\]\.regions\[0\]\.width/,
    );
  });

  it('reads a rules file and reports a missing one by its path', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pixel-rules-'));
    try {
      const path = join(dir, 'site.json');
      await writeFile(path, rulesText([{ id: 'a', match: { modality: 'US' }, regions: [] }]));
      expect((await readPixelRulesFile(path)).rules.map((rule) => rule.id)).toEqual(['a']);
      await expect(readPixelRulesFile(join(dir, 'missing.json'))).rejects.toMatchObject({
        code: 'UNREADABLE_RULES_FILE',
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('puts a site file in front of the defaults', () => {
    const site = parsePixelRules(
      rulesText([{ id: 'site-us', match: { modality: 'US', rows: 768 }, regions: [] }]),
      'site.json',
    );
    const combined = site.followedBy(DEFAULT_PIXEL_RULES);
    expect(combined.find(device)?.id).toBe('site-us');
    expect(combined.find({ ...device, rows: 600 })?.id).toBe('ultrasound-top-banner');
  });
});

describe('the shipped rules', () => {
  it('are a valid rules file, read the same way a site file is', () => {
    // DEFAULT_PIXEL_RULES is built without the validator; the validator must agree with it rule for rule.
    expect(DEFAULT_PIXEL_RULES.rules).toEqual(pixelRulesFromJson(defaultRulesDocument, 'defaults').rules);
    expect(DEFAULT_PIXEL_RULES.rules.length).toBeGreaterThan(3);
  });
});

describe('resolveRuleRegions', () => {
  it('rounds fractions outwards and clips pixel rectangles to the image', () => {
    const banner = DEFAULT_PIXEL_RULES.rules.find((rule) => rule.id === 'ultrasound-top-banner');
    expect(banner && resolveRuleRegions(banner, 430, 600)).toEqual([{ x: 0, y: 0, width: 600, height: 65 }]);
    const rules = parsePixelRules(
      rulesText([
        {
          id: 'a',
          match: { modality: 'US' },
          regions: [
            { x: 90, y: 0, width: 50, height: 10 },
            { x: 200, y: 0, width: 5, height: 5 },
          ],
        },
      ]),
      'x',
    );
    expect(resolveRuleRegions(rules.rules[0]!, 100, 100)).toEqual([{ x: 90, y: 0, width: 10, height: 10 }]);
  });
});
