import { renameSync, writeFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import type { FileStatus } from './worker-protocol';

/** One input in the report. `output` only for de-identified files, `reason` and `code` for the others. */
export interface ReportEntry {
  readonly input: string;
  readonly status: FileStatus;
  readonly output?: string;
  readonly reason?: string;
  readonly code?: string;
}

/** The report's summary: counts, volume, speed and the settings (the key by its id only). */
export interface ReportSummary {
  readonly files: number;
  readonly counts: Readonly<Record<FileStatus, number>>;
  /** Inputs per reason code (every status but deidentified). */
  readonly reasons: Readonly<Record<string, number>>;
  /** Inputs finished by an earlier run with the same key and settings (taken from the journal). */
  readonly skipped: number;
  /** De-identified inputs whose output already existed with the same bytes (one instance seen twice). */
  readonly alreadyPresent: number;
  readonly bytesRead: number;
  readonly bytesWritten: number;
  readonly seconds: number;
  readonly filesPerSecond: number;
  readonly profile: string;
  readonly options: readonly string[];
  readonly stage: number;
  readonly keyId: string;
  readonly jobs: number;
  /** The run was stopped (Ctrl-C) before every input was handed out. */
  readonly interrupted: boolean;
}

/** The JSON report of a run. */
export interface RunReport {
  readonly files: readonly ReportEntry[];
  readonly summary: ReportSummary;
}

/** The settings a summary names. */
export interface ReportSettings {
  readonly profile: string;
  readonly options: readonly string[];
  readonly stage: number;
  readonly keyId: string;
  readonly jobs: number;
}

/** Collects the entries and tallies of a run as results arrive, in any order. */
export class RunTally {
  private readonly entries: ReportEntry[] = [];
  private readonly counts: Record<FileStatus, number> = {
    deidentified: 0,
    quarantined: 0,
    rejected: 0,
    failed: 0,
  };
  private readonly reasons: Record<string, number> = {};
  private skipped = 0;
  private alreadyPresent = 0;
  private bytesRead = 0;
  private bytesWritten = 0;

  add(
    entry: ReportEntry,
    details: { skipped?: boolean; alreadyPresent?: boolean; bytesRead?: number; bytesWritten?: number } = {},
  ): void {
    this.entries.push(entry);
    this.counts[entry.status] += 1;
    if (entry.status !== 'deidentified') {
      const code = entry.code ?? 'UNSPECIFIED';
      this.reasons[code] = (this.reasons[code] ?? 0) + 1;
    }
    if (details.skipped) this.skipped += 1;
    if (details.alreadyPresent) this.alreadyPresent += 1;
    this.bytesRead += details.bytesRead ?? 0;
    this.bytesWritten += details.bytesWritten ?? 0;
  }

  get done(): number {
    return this.entries.length;
  }

  count(status: FileStatus): number {
    return this.counts[status];
  }

  get bytes(): number {
    return this.bytesRead;
  }

  /** The report: entries sorted by input path, so two runs over one input give the same order. */
  report(settings: ReportSettings, seconds: number, interrupted: boolean): RunReport {
    const files = [...this.entries].sort((a, b) => (a.input < b.input ? -1 : a.input > b.input ? 1 : 0));
    const reasons = Object.fromEntries(Object.entries(this.reasons).sort(([a], [b]) => (a < b ? -1 : 1)));
    return {
      files,
      summary: {
        files: files.length,
        counts: { ...this.counts },
        reasons,
        skipped: this.skipped,
        alreadyPresent: this.alreadyPresent,
        bytesRead: this.bytesRead,
        bytesWritten: this.bytesWritten,
        seconds: Math.round(seconds * 1000) / 1000,
        filesPerSecond: seconds > 0 ? Math.round((files.length / seconds) * 10) / 10 : 0,
        ...settings,
        interrupted,
      },
    };
  }
}

/** Writes the report atomically (temporary file, then rename), readable by its owner only: it names inputs. */
export function writeReport(path: string, report: RunReport): void {
  const temporary = `${path}.${process.pid}-${threadId}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(report, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
