import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSecretKey, writeKeyFile } from '@lattice/keys';
import { UsageError } from '../command';
import { parseRunSettings, resolveProfile } from './run-settings';
import { temporaryFolder } from './spec-support/temporary-folder';

describe('parseRunSettings', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  let keyFile: string;
  let input: string;
  const at = (...parts: string[]) => join(folder.path, ...parts);

  beforeEach(() => {
    folder = temporaryFolder('lattice-settings');
    keyFile = at('site.key');
    writeKeyFile(keyFile, generateSecretKey());
    input = at('in');
    mkdirSync(input);
  });
  afterEach(() => folder.remove());

  const parse = (...args: string[]) => parseRunSettings(args);

  it('resolves paths and defaults: research-default, stage 1, one job per CPU', () => {
    const settings = parse(input, at('out'), '--key-file', keyFile);
    expect(settings).toMatchObject({ input, inputIsFile: false, output: at('out'), stage: 1, ocr: false });
    expect(settings.profile.name).toBe('research-default');
    expect(settings.jobs).toBeGreaterThanOrEqual(1);
  });

  it('adds --option values to the profile and names the result after both', () => {
    const settings = parse(
      input,
      at('out'),
      '--key-file',
      keyFile,
      '--profile',
      'basic',
      '--option',
      'retainUids',
    );
    expect(settings.profile).toMatchObject({ name: 'basic+retainUids', options: ['retainUids'] });
  });

  const refused: [string, () => string[], string][] = [
    ['no key file', () => [input, at('out')], '--key-file FILE is required'],
    ['a missing key file', () => [input, at('out'), '--key-file', at('none.key')], 'key file not found'],
    [
      'an unknown profile',
      () => [input, at('out'), '--key-file', keyFile, '--profile', 'lenient'],
      'unknown profile "lenient"',
    ],
    [
      'an unknown option',
      () => [input, at('out'), '--key-file', keyFile, '--option', 'retainEverything'],
      'unknown profile option',
    ],
    [
      'full and modified dates together',
      () => [input, at('out'), '--key-file', keyFile, '--option', 'retainLongitudinalFullDates'],
      'cannot be combined',
    ],
    ['stage 3', () => [input, at('out'), '--key-file', keyFile, '--stage', '3'], '--stage must be 1 or 2'],
    [
      'zero jobs',
      () => [input, at('out'), '--key-file', keyFile, '--jobs', '0'],
      '--jobs must be a whole number',
    ],
    ['a missing input', () => [at('nowhere'), at('out'), '--key-file', keyFile], 'does not exist'],
    [
      'an output inside the input',
      () => [input, at('in', 'out'), '--key-file', keyFile],
      'must not be inside the input',
    ],
    [
      'an input inside the output',
      () => [input, folder.path, '--key-file', keyFile],
      'input must not be inside the output',
    ],
    [
      'a quarantine inside the output',
      () => [input, at('out'), '--key-file', keyFile, '--quarantine', at('out', 'q')],
      'quarantine folder and the output folder must be apart',
    ],
    [
      'a report inside the output',
      () => [input, at('out'), '--key-file', keyFile, '--report', at('out', 'r.json')],
      'must not be written inside the output folder',
    ],
    ['one path only', () => [input, '--key-file', keyFile], 'expected an input and an output folder'],
    ['an unknown flag', () => [input, at('out'), '--key-file', keyFile, '--fast'], "Unknown option '--fast'"],
  ];

  it.each(refused)('refuses %s with a usage error', (_label, args, message) => {
    expect(() => parse(...args())).toThrow(UsageError);
    expect(() => parse(...args())).toThrow(message);
  });

  it('refuses a key file others can read, and a weak key', () => {
    chmodSync(keyFile, 0o644);
    expect(() => parse(input, at('out'), '--key-file', keyFile)).toThrow(/accessible by group or others/);
    const weak = at('weak.key');
    writeFileSync(
      weak,
      JSON.stringify({
        format: 'lattice-key/1',
        type: 'secret',
        kid: '0000000000000000',
        created: '2026-01-01T00:00:00.000Z',
        key: Buffer.alloc(32, 7).toString('base64'),
      }),
      { mode: 0o600 },
    );
    expect(() => parse(input, at('out'), '--key-file', weak)).toThrow(UsageError);
  });

  it('refuses pixel rules that do not validate, naming the entry', () => {
    const rules = at('rules.json');
    writeFileSync(
      rules,
      JSON.stringify({
        format: 'lattice-pixel-rules',
        version: 1,
        rules: [{ id: 'x', match: {}, regions: [] }],
      }),
    );
    expect(() => parse(input, at('out'), '--key-file', keyFile, '--pixel-rules', rules)).toThrow(UsageError);
  });
});

describe('resolveProfile', () => {
  it('keeps a named profile as it is when no option is added', () => {
    expect(resolveProfile('research-default', ['cleanDescriptors']).name).toBe('research-default');
  });
});
