import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compileProfile,
  recordedStages,
  verify,
  type CompiledProfile,
  type DeidStage,
  type ResidualFinding,
} from '@lattice/deid';
import { DicomParseError, parseDate, parseDicom, Tags, type DicomFile } from '@lattice/dicom';
import { ExitCode, UsageError } from '../command';
import { parseStage, resolveProfile } from './run-settings';

/** The parts of a run report that verification reads. */
interface ReportForVerification {
  readonly files: readonly { readonly input: string; readonly status: string; readonly output?: string }[];
  readonly summary?: { readonly profile?: unknown; readonly stage?: unknown };
}

interface VerifySettings {
  readonly original: string;
  readonly deidentified: string;
  readonly folders: boolean;
  readonly report?: ReportForVerification;
  readonly profile?: CompiledProfile;
  readonly stage?: DeidStage;
}

/** The outcome of verifying one pair: findings, or why the pair could not be read. */
type PairOutcome = { readonly findings: readonly ResidualFinding[] } | { readonly problem: string };

function isFolder(path: string, label: string): boolean {
  try {
    const stats = statSync(path);
    if (stats.isDirectory()) return true;
    if (stats.isFile()) return false;
  } catch {
    throw new UsageError(`${label} ${path} does not exist`);
  }
  throw new UsageError(`${label} ${path} is neither a file nor a folder`);
}

function readReport(path: string): ReportForVerification {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    throw new UsageError(`report ${path} cannot be read as JSON`);
  }
  const files = (json as { files?: unknown } | null)?.files;
  const valid =
    Array.isArray(files) &&
    files.every(
      (entry: unknown) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof (entry as { input?: unknown }).input === 'string' &&
        typeof (entry as { status?: unknown }).status === 'string',
    );
  if (!valid) throw new UsageError(`report ${path} is not a lattice deid report (no "files" list)`);
  return json as ReportForVerification;
}

/** The profile a report names (`research-default+retainDeviceIdentity` is the named profile plus options). */
function profileFromReport(report: ReportForVerification | undefined): CompiledProfile | undefined {
  const name = report?.summary?.profile;
  if (typeof name !== 'string' || name === '') return undefined;
  const [base = '', ...extra] = name.split('+');
  return compileProfile(resolveProfile(base, extra));
}

function parseVerifySettings(argv: string[]): VerifySettings {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        report: { type: 'string' },
        profile: { type: 'string' },
        option: { type: 'string', multiple: true, default: [] },
        stage: { type: 'string' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 2) {
    throw new UsageError(
      `verify expects an original and a de-identified path, got ${positionals.length} path(s)`,
    );
  }
  const [original, deidentified] = positionals as [string, string];
  const folders = isFolder(original, 'original');
  if (isFolder(deidentified, 'de-identified') !== folders) {
    throw new UsageError('give two files, or two folders and --report');
  }
  if (folders && values.report === undefined) {
    throw new UsageError('two folders are matched through the run report: pass --report FILE');
  }
  const report = values.report !== undefined ? readReport(values.report) : undefined;
  const profile =
    values.profile !== undefined || values.option.length > 0
      ? compileProfile(resolveProfile(values.profile ?? 'research-default', values.option))
      : profileFromReport(report);
  const reportStage = report?.summary?.stage;
  const stage =
    values.stage !== undefined
      ? parseStage(values.stage)
      : reportStage === 1 || reportStage === 2
        ? reportStage
        : undefined;
  return {
    original,
    deidentified,
    folders,
    ...(report ? { report } : {}),
    ...(profile ? { profile } : {}),
    ...(stage ? { stage } : {}),
  };
}

function readDicom(path: string): DicomFile | string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
  }
  try {
    return parseDicom(bytes);
  } catch (error) {
    if (error instanceof DicomParseError) return `is not readable DICOM (${error.code})`;
    throw error;
  }
}

/** The shift stage 1 applied, read from the Study Dates of the pair, so legitimately shifted dates are not hits. */
function observedDateShift(original: DicomFile, deidentified: DicomFile): number | undefined {
  const before = parseDate(original.dataset.getString(Tags.StudyDate) ?? '');
  const after = parseDate(deidentified.dataset.getString(Tags.StudyDate) ?? '');
  if (!before || !after) return undefined;
  const days = (date: { year: number; month: number; day: number }) =>
    Date.UTC(date.year, date.month - 1, date.day) / 86_400_000;
  return days(after) - days(before);
}

function verifyPair(originalPath: string, deidentifiedPath: string, settings: VerifySettings): PairOutcome {
  const original = readDicom(originalPath);
  if (typeof original === 'string') return { problem: `the original ${original}` };
  const deidentified = readDicom(deidentifiedPath);
  if (typeof deidentified === 'string') return { problem: `the de-identified file ${deidentified}` };
  const profile = settings.profile ?? compileProfile(resolveProfile('research-default', []));
  const recorded = recordedStages(deidentified.dataset);
  const stage: DeidStage = settings.stage ?? (recorded.includes(2) ? 2 : 1);
  const shift =
    stage === 1 && profile.dates === 'shift' ? observedDateShift(original, deidentified) : undefined;
  const result = verify(original, deidentified, {
    profile,
    stage,
    ...(shift !== undefined ? { dateShiftDays: shift } : {}),
  });
  return { findings: result.findings };
}

function describeFinding(finding: ResidualFinding): string {
  return `${finding.kind} at ${finding.path} (from ${finding.sourcePath})`;
}

/**
 * `lattice deid verify <original> <deidentified>`: checks a de-identified file against its original (or a
 * folder pair matched through the run report) and prints each finding by kind and tag path, never a value.
 * Exit 0 when clean, 1 when anything is found or a file of the pair cannot be read, 2 for usage errors.
 */
export function runVerify(argv: string[], print: (line: string) => void): number {
  const settings = parseVerifySettings(argv);
  if (!settings.folders) {
    const outcome = verifyPair(settings.original, settings.deidentified, settings);
    if ('problem' in outcome) {
      print(`${settings.deidentified}: ${outcome.problem}`);
      return ExitCode.failed;
    }
    for (const finding of outcome.findings) print(`${settings.deidentified}: ${describeFinding(finding)}`);
    print(
      outcome.findings.length === 0
        ? `${settings.deidentified}: clean`
        : `${outcome.findings.length} finding(s)`,
    );
    return outcome.findings.length === 0 ? ExitCode.ok : ExitCode.failed;
  }

  let checked = 0;
  let withFindings = 0;
  for (const entry of settings.report?.files ?? []) {
    if (entry.status !== 'deidentified' || typeof entry.output !== 'string') continue;
    checked += 1;
    const outcome = verifyPair(
      join(settings.original, entry.input),
      join(settings.deidentified, entry.output),
      settings,
    );
    if ('problem' in outcome) {
      withFindings += 1;
      print(`${entry.output}: ${outcome.problem}`);
      continue;
    }
    if (outcome.findings.length > 0) withFindings += 1;
    for (const finding of outcome.findings) print(`${entry.output}: ${describeFinding(finding)}`);
  }
  print(
    `verified ${checked} de-identified file(s): ${checked - withFindings} clean, ${withFindings} with findings`,
  );
  return withFindings === 0 ? ExitCode.ok : ExitCode.failed;
}
