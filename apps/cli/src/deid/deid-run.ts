import { createHash } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { compileProfile } from '@lattice/deid';
import { UsageError } from '../command';
import { countInput, walkInput, type InputEntry } from './input-walk';
import type { TerminalProgress } from './progress-display';
import { recordQuarantineSidecar } from './quarantine-store';
import { RunCodes } from './run-codes';
import { JOURNAL_FILE_NAME, RunJournal, type InputVersion, type JournalRecord } from './run-journal';
import { RunTally, writeReport, type ReportEntry, type RunReport } from './run-report';
import type { DeidRunSettings } from './run-settings';
import { removeStaleTemporaryFolders, TEMPORARY_FOLDER_NAME } from './temporary-folders';
import { DeidWorkerPool, WorkerSetupError } from './worker-pool';
import { DEID_WORKER_ROLE, type FileResult } from './worker-protocol';

/** How a run reaches its threads and the terminal. */
export interface RunEnvironment {
  /** The script worker threads run, and the argv that routes them to the worker. */
  readonly workerScript: string;
  readonly workerArgv: readonly string[];
  /** The progress line, on a terminal only. */
  readonly progress?: TerminalProgress;
  /** Prints one line for a person (stderr). */
  readonly log: (line: string) => void;
}

/** How a run ended. */
export interface RunResult {
  readonly exitCode: number;
  readonly report: RunReport;
}

const MAX_LOGGED_FAILURES = 20;
const INTERRUPTED = 130;

function errorCode(error: unknown): string {
  return (error as NodeJS.ErrnoException | null)?.code ?? 'error';
}

/**
 * One `lattice deid` run: walks the input on the main thread, skips what the journal says an earlier run
 * with the same key and settings finished, streams the rest to the worker pool with back-pressure, and
 * records every result in the report, the journal and (for quarantined originals) the quarantine sidecars.
 */
export class DeidRun {
  private stopRequested = false;
  private forced = false;
  private pool: DeidWorkerPool | undefined;
  private loggedFailures = 0;

  constructor(
    private readonly settings: DeidRunSettings,
    private readonly environment: RunEnvironment,
  ) {}

  /** Ctrl-C: hand out nothing more, let the threads finish their files, then write the report and journal. */
  requestStop(): void {
    this.stopRequested = true;
  }

  /** A second Ctrl-C: end the threads now; the files they held are reported failed and retried next time. */
  async forceStop(): Promise<void> {
    this.stopRequested = true;
    this.forced = true;
    await this.pool?.terminate();
  }

  async execute(): Promise<RunResult> {
    const { settings, environment } = this;
    const started = performance.now();
    const profile = compileProfile(settings.profile);
    createFolder(settings.output, 'output', 0o755);
    if (settings.quarantine) createFolder(settings.quarantine, 'quarantine', 0o700);
    removeStaleTemporaryFolders(settings.output);

    const journal = openJournal(settings, {
      stage: settings.stage,
      profile: profile.name,
      options: profile.options,
      groupAgesOver89: profile.groupAgesOver89,
      pixelRules: settings.pixelRules
        ? createHash('sha256').update(settings.pixelRules.text).digest('hex')
        : 'default',
      ocr: settings.ocr,
    });
    let total: number | undefined;
    // The pool starts at the first file that needs work (a rerun with everything done never loads the
    // engine), and its threads load while this thread counts the input for the progress bar.
    const startPool = async (): Promise<DeidWorkerPool> => {
      const starting = this.startPool();
      starting.catch(() => undefined);
      if (environment.progress) total = countInput(settings.input, settings.inputIsFile);
      try {
        return await starting;
      } catch (error) {
        if (error instanceof WorkerSetupError)
          throw new UsageError(`the de-identification pipeline cannot start: ${error.message}`);
        throw error;
      }
    };

    const tally = new RunTally();
    const showProgress = (force = false) =>
      environment.progress?.update(
        {
          done: tally.done,
          total,
          deidentified: tally.count('deidentified'),
          quarantined: tally.count('quarantined'),
          rejected: tally.count('rejected'),
          failed: tally.count('failed'),
          elapsedSeconds: (performance.now() - started) / 1000,
        },
        force,
      );
    const inFlight = new Set<Promise<void>>();
    let interrupted = false;
    for (const entry of walkInput(settings.input, settings.inputIsFile)) {
      if (this.stopRequested) {
        interrupted = true;
        break;
      }
      // The journal and scratch space of the run that produced a stage-1 tree are not inputs of stage 2.
      if (entry.relative === JOURNAL_FILE_NAME || entry.relative.startsWith(`${TEMPORARY_FOLDER_NAME}/`))
        continue;
      if (entry.kind !== 'file') {
        this.record(tally, journal, entry, undefined, notAFileResult(entry));
        continue;
      }
      const version: InputVersion | undefined =
        entry.size >= 0 ? { relative: entry.relative, size: entry.size, mtimeMs: entry.mtimeMs } : undefined;
      const known = version ? journal.find(version) : undefined;
      if (known && this.stillDone(known)) {
        tally.add(entryFromJournal(entry.relative, known), { skipped: true });
        showProgress();
        continue;
      }
      this.pool ??= await startPool();
      const pool = this.pool;
      await pool.whenSlotFree();
      if (this.stopRequested) {
        interrupted = true;
        break;
      }
      const task: Promise<void> = pool.submit(entry.absolute).then((result) => {
        inFlight.delete(task);
        this.record(tally, journal, entry, version, result);
        showProgress();
      });
      inFlight.add(task);
    }
    await Promise.all(inFlight);
    await this.pool?.close();
    removeStaleTemporaryFolders(settings.output, true);
    journal.close();
    showProgress(true);
    environment.progress?.finish();

    const report = tally.report(
      {
        profile: profile.name,
        options: profile.options,
        stage: settings.stage,
        keyId: settings.key.kid,
        jobs: settings.jobs,
      },
      (performance.now() - started) / 1000,
      interrupted || this.forced,
    );
    let reportWritten = true;
    if (settings.report) {
      try {
        mkdirSync(dirname(settings.report), { recursive: true });
        writeReport(settings.report, report);
      } catch (error) {
        reportWritten = false;
        environment.log(`the report cannot be written (${errorCode(error)})`);
      }
    }
    if (journal.failure)
      environment.log(
        `warning: the journal cannot be written (${journal.failure}); a rerun will redo this run's files`,
      );
    if (this.loggedFailures > MAX_LOGGED_FAILURES) {
      environment.log(`… and ${this.loggedFailures - MAX_LOGGED_FAILURES} more failures (see the report)`);
    }
    const exitCode = report.summary.interrupted
      ? INTERRUPTED
      : tally.count('failed') > 0 || !reportWritten
        ? 1
        : 0;
    return { exitCode, report };
  }

  private startPool(): Promise<DeidWorkerPool> {
    const { settings, environment } = this;
    return DeidWorkerPool.start({
      script: environment.workerScript,
      argv: environment.workerArgv,
      jobs: settings.jobs,
      workerData: {
        role: DEID_WORKER_ROLE,
        key: { kid: settings.key.kid, bytes: new Uint8Array(settings.key.bytes) },
        profile: settings.profile,
        stage: settings.stage,
        ...(settings.pixelRules ? { pixelRules: settings.pixelRules } : {}),
        ocr: settings.ocr,
        outputRoot: settings.output,
        ...(settings.quarantine ? { quarantineRoot: settings.quarantine } : {}),
      },
    });
  }

  /** A journal entry still holds when its output (or quarantine copy, if one is wanted now) is there. */
  private stillDone(record: JournalRecord): boolean {
    if (record.status === 'deidentified')
      return record.output !== undefined && existsSync(join(this.settings.output, record.output));
    if (record.status === 'quarantined' && this.settings.quarantine) return record.quarantined === true;
    return true;
  }

  private record(
    tally: RunTally,
    journal: RunJournal,
    entry: InputEntry,
    version: InputVersion | undefined,
    result: FileResult,
  ): void {
    const { settings } = this;
    tally.add(
      {
        input: entry.relative,
        status: result.status,
        ...(result.output !== undefined ? { output: result.output } : {}),
        ...(result.reason !== undefined ? { reason: result.reason } : {}),
        ...(result.code !== undefined ? { code: result.code } : {}),
      },
      {
        alreadyPresent: result.alreadyPresent === true,
        bytesRead: result.bytesIn,
        bytesWritten: result.bytesOut,
      },
    );
    if (result.status === 'failed') {
      this.loggedFailures += 1;
      if (this.loggedFailures <= MAX_LOGGED_FAILURES) {
        this.environment.progress?.finish();
        this.environment.log(
          `failed: ${entry.relative}: ${result.code ?? ''} ${result.reason ?? ''}`.trimEnd(),
        );
      }
      return;
    }
    if (result.quarantineFile && settings.quarantine) {
      try {
        recordQuarantineSidecar(settings.quarantine, result.quarantineFile, {
          input: entry.relative,
          code: result.code ?? '',
          reason: result.reason ?? '',
          stage: settings.stage,
          profile: settings.profile.name,
        });
      } catch (error) {
        this.environment.log(
          `warning: the quarantine note for ${entry.relative} cannot be written (${errorCode(error)})`,
        );
      }
    }
    if (version) {
      journal.record(version, {
        status: result.status,
        ...(result.code !== undefined ? { code: result.code } : {}),
        ...(result.reason !== undefined ? { reason: result.reason } : {}),
        ...(result.output !== undefined ? { output: result.output } : {}),
        ...(result.quarantineFile !== undefined ? { quarantined: true } : {}),
      });
    }
  }
}

function createFolder(path: string, role: string, mode: number): void {
  try {
    mkdirSync(path, { recursive: true, mode });
  } catch (error) {
    throw new UsageError(`the ${role} folder cannot be created (${errorCode(error)})`);
  }
}

function openJournal(settings: DeidRunSettings, description: unknown): RunJournal {
  try {
    return RunJournal.open(settings.output, settings.key, description);
  } catch (error) {
    throw new UsageError(
      `the journal ${JOURNAL_FILE_NAME} in the output folder cannot be read (${errorCode(error)})`,
    );
  }
}

function notAFileResult(entry: InputEntry): FileResult {
  if (entry.kind === 'unlisted-folder') {
    return {
      status: 'failed',
      code: RunCodes.inputUnreadable,
      reason: 'the folder cannot be listed',
      bytesIn: 0,
      bytesOut: 0,
    };
  }
  return {
    status: 'rejected',
    code: RunCodes.notAFile,
    reason: 'not a regular file (links to folders are not followed)',
    bytesIn: 0,
    bytesOut: 0,
  };
}

function entryFromJournal(input: string, record: JournalRecord): ReportEntry {
  return {
    input,
    status: record.status,
    ...(record.output !== undefined ? { output: record.output } : {}),
    ...(record.reason !== undefined ? { reason: record.reason } : {}),
    ...(record.code !== undefined ? { code: record.code } : {}),
  };
}
