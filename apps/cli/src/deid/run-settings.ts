import { readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import {
  compileProfile,
  DeidError,
  DEFAULT_PIXEL_RULES,
  parsePixelRules,
  PixelRulesError,
  profileByName,
  type PixelRule,
  type DeidStage,
  type ProfileDefinition,
} from '@lattice/deid';
import { KeyFileError, readSecretKeyFile, type SecretKey } from '@lattice/keys';
import { UsageError } from '../command';
import { canonicalPath, isSameOrInside } from './path-relations';

/** A site's pixel rules file, read and validated once by the main thread; workers get its rules. */
export interface PixelRulesSource {
  readonly text: string;
  readonly source: string;
  readonly rules: readonly PixelRule[];
}

/** Everything one `lattice deid` run needs, validated. Paths are absolute and canonical. */
export interface DeidRunSettings {
  readonly input: string;
  readonly inputIsFile: boolean;
  readonly output: string;
  readonly key: SecretKey;
  readonly profile: ProfileDefinition;
  readonly stage: DeidStage;
  readonly jobs: number;
  readonly report?: string;
  readonly quarantine?: string;
  readonly pixelRules?: PixelRulesSource;
  readonly ocr: boolean;
}

const MAX_JOBS = 256;

/** The profile named `name` with `extraOptions` switched on; named after both so provenance tells them apart. */
export function resolveProfile(name: string, extraOptions: readonly string[]): ProfileDefinition {
  try {
    const base = profileByName(name);
    const added = [...new Set(extraOptions)].filter(
      (option) => !(base.options as readonly string[]).includes(option),
    );
    const profile: ProfileDefinition =
      added.length === 0
        ? base
        : {
            name: `${base.name}+${added.join('+')}`,
            options: [...base.options, ...(added as ProfileDefinition['options'])],
            ...(base.groupAgesOver89 !== undefined ? { groupAgesOver89: base.groupAgesOver89 } : {}),
          };
    // Compiling checks option names and combinations (full with modified dates).
    compileProfile(profile);
    return profile;
  } catch (error) {
    if (error instanceof DeidError) throw new UsageError(error.message);
    throw error;
  }
}

/** Stage 1 or 2 from its command-line spelling. */
export function parseStage(text: string): DeidStage {
  if (text === '1') return 1;
  if (text === '2') return 2;
  throw new UsageError(`--stage must be 1 or 2, not "${text}"`);
}

function parseJobs(text: string | undefined): number {
  if (text === undefined) return availableParallelism();
  const jobs = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > MAX_JOBS) {
    throw new UsageError(`--jobs must be a whole number from 1 to ${MAX_JOBS}, not "${text}"`);
  }
  return jobs;
}

function readKey(path: string): SecretKey {
  try {
    return readSecretKeyFile(path);
  } catch (error) {
    if (error instanceof KeyFileError) throw new UsageError(error.message);
    throw error;
  }
}

function readPixelRules(path: string): PixelRulesSource {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `pixel rules file ${path} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
    );
  }
  try {
    const site = parsePixelRules(text, path);
    // Building the full set checks the site's rules against the defaults too (duplicate ids).
    site.followedBy(DEFAULT_PIXEL_RULES);
    return { text, source: path, rules: site.rules };
  } catch (error) {
    if (error instanceof PixelRulesError) throw new UsageError(error.message);
    throw error;
  }
}

function kindOf(path: string): 'file' | 'folder' | 'other' | 'missing' {
  try {
    const stats = statSync(path);
    return stats.isFile() ? 'file' : stats.isDirectory() ? 'folder' : 'other';
  } catch {
    return 'missing';
  }
}

/**
 * Parses and checks `lattice deid <input> <output> ...`: every problem with the arguments, the key file,
 * the profile or the paths is a UsageError (exit 2) raised before any file is touched.
 */
export function parseRunSettings(argv: string[]): DeidRunSettings {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        'key-file': { type: 'string' },
        profile: { type: 'string', default: 'research-default' },
        option: { type: 'string', multiple: true, default: [] },
        stage: { type: 'string', default: '1' },
        jobs: { type: 'string' },
        report: { type: 'string' },
        quarantine: { type: 'string' },
        'pixel-rules': { type: 'string' },
        ocr: { type: 'boolean', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    throw new UsageError(`expected an input and an output folder, got ${positionals.length} path(s)`);
  }
  const [inputArgument, outputArgument] = positionals as [string, string];
  if (!values['key-file']) throw new UsageError('--key-file FILE is required');

  const stage = parseStage(values.stage);
  const profile = resolveProfile(values.profile, values.option);
  const jobs = parseJobs(values.jobs);

  const input = canonicalPath(inputArgument);
  const inputKind = kindOf(input);
  if (inputKind === 'missing') throw new UsageError(`input ${inputArgument} does not exist`);
  if (inputKind === 'other') throw new UsageError(`input ${inputArgument} is neither a file nor a folder`);
  const output = canonicalPath(outputArgument);
  const outputKind = kindOf(output);
  if (outputKind === 'file' || outputKind === 'other')
    throw new UsageError(`output ${outputArgument} exists and is not a folder`);
  const inputFolder = inputKind === 'folder' ? input : undefined;
  if (inputFolder && isSameOrInside(output, inputFolder)) {
    throw new UsageError('the output folder must not be inside the input folder');
  }
  if (isSameOrInside(input, output)) throw new UsageError('the input must not be inside the output folder');

  const quarantine = values.quarantine !== undefined ? canonicalPath(values.quarantine) : undefined;
  if (quarantine) {
    const quarantineKind = kindOf(quarantine);
    if (quarantineKind === 'file' || quarantineKind === 'other') {
      throw new UsageError(`quarantine ${values.quarantine} exists and is not a folder`);
    }
    // Quarantined originals hold identifying data: never in the tree that leaves, never where a rerun reads.
    if (isSameOrInside(quarantine, output) || isSameOrInside(output, quarantine)) {
      throw new UsageError(
        'the quarantine folder and the output folder must be apart (neither inside the other)',
      );
    }
    if (inputFolder && (isSameOrInside(quarantine, inputFolder) || isSameOrInside(inputFolder, quarantine))) {
      throw new UsageError(
        'the quarantine folder and the input folder must be apart (neither inside the other)',
      );
    }
  }

  const report = values.report !== undefined ? canonicalPath(values.report) : undefined;
  if (report) {
    // The report names input files: it must not travel with the output.
    if (isSameOrInside(report, output))
      throw new UsageError('the report names input files and must not be written inside the output folder');
    if (inputFolder && isSameOrInside(report, inputFolder))
      throw new UsageError('the report must not be written inside the input folder');
    if (quarantine && isSameOrInside(report, quarantine))
      throw new UsageError('the report must not be written inside the quarantine folder');
    if (kindOf(report) === 'folder') throw new UsageError(`report ${values.report} is a folder`);
  }

  const pixelRules = values['pixel-rules'] !== undefined ? readPixelRules(values['pixel-rules']) : undefined;
  const key = readKey(values['key-file']);
  return {
    input,
    inputIsFile: inputKind === 'file',
    output,
    key,
    profile,
    stage,
    jobs,
    ...(report ? { report } : {}),
    ...(quarantine ? { quarantine } : {}),
    ...(pixelRules ? { pixelRules } : {}),
    ocr: values.ocr,
  };
}
