import { createHash, createHmac } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { SecretKey } from '@lattice/keys';
import type { FileStatus } from './worker-protocol';

/** The journal's file name in the output folder. */
export const JOURNAL_FILE_NAME = '.lattice-deid-journal';

const JOURNAL_LABEL = 'lattice/v1/deid-journal';
const FLUSH_EVERY = 256;

/** What the journal remembers of a finished input: enough to report it again without reading it. */
export interface JournalRecord {
  readonly status: Exclude<FileStatus, 'failed'>;
  readonly code?: string;
  readonly reason?: string;
  readonly output?: string;
  /** The original was copied into a quarantine folder. */
  readonly quarantined?: boolean;
}

/** Identifies one version of one input: its path below the input folder, size and modification time. */
export interface InputVersion {
  readonly relative: string;
  readonly size: number;
  readonly mtimeMs: number;
}

interface JournalLine extends JournalRecord {
  readonly k: string;
}

/**
 * The resumability journal, kept in the output folder: one JSON line per finished input, keyed by an HMAC
 * (under the run's key) of the settings, the input's relative path, size and modification time. It names no
 * input file and reveals nothing without the key; a different key, profile, stage or pixel setting derives
 * other keys, so nothing of an earlier run with other settings is skipped. Failed inputs are not recorded:
 * a rerun retries them.
 */
export class RunJournal {
  private readonly records = new Map<string, JournalRecord>();
  private pending: string[] = [];
  private fd: number | undefined;
  /** The error code that stopped the journal from being written, if one did: the run goes on without it. */
  failure: string | undefined;

  private constructor(
    private readonly path: string,
    private readonly key: SecretKey,
    private readonly settingsDigest: string,
  ) {}

  /** Opens (and reads) the journal of `outputRoot` for a run with `settings` (any JSON-able description). */
  static open(outputRoot: string, key: SecretKey, settings: unknown): RunJournal {
    const settingsDigest = createHash('sha256').update(JSON.stringify(settings)).digest('hex');
    const journal = new RunJournal(join(outputRoot, JOURNAL_FILE_NAME), key, settingsDigest);
    journal.load();
    return journal;
  }

  private load(): void {
    if (!existsSync(this.path)) return;
    for (const line of readFileSync(this.path, 'utf8').split('\n')) {
      if (line === '') continue;
      let parsed: Partial<JournalLine>;
      try {
        parsed = JSON.parse(line) as Partial<JournalLine>;
      } catch {
        // A line cut short by an interrupted write: that input is simply processed again.
        continue;
      }
      const { k, ...record } = parsed;
      if (typeof k !== 'string' || !isRecord(record)) continue;
      this.records.set(k, record);
    }
  }

  private entryKey(version: InputVersion): string {
    return createHmac('sha256', this.key.bytes)
      .update(
        `${JOURNAL_LABEL}\0${this.settingsDigest}\0${version.relative}\0${version.size}\0${version.mtimeMs}`,
      )
      .digest('base64url');
  }

  /** What an earlier run with these settings recorded for this version of the input, if anything. */
  find(version: InputVersion): JournalRecord | undefined {
    return this.records.get(this.entryKey(version));
  }

  /** Records a finished input; written in batches, and at flush. */
  record(version: InputVersion, record: JournalRecord): void {
    const k = this.entryKey(version);
    this.records.set(k, record);
    this.pending.push(JSON.stringify({ k, ...record }));
    if (this.pending.length >= FLUSH_EVERY) this.flush();
  }

  /** Appends what is pending to the file. */
  flush(): void {
    if (this.pending.length === 0) return;
    const lines = `${this.pending.join('\n')}\n`;
    this.pending = [];
    if (this.failure) return;
    try {
      this.fd ??= openSync(this.path, 'a', 0o644);
      writeSync(this.fd, lines);
    } catch (error) {
      this.failure = (error as NodeJS.ErrnoException).code ?? 'error';
    }
  }

  /** Flushes, syncs and closes the file. */
  close(): void {
    this.flush();
    if (this.fd === undefined) return;
    try {
      fsyncSync(this.fd);
    } catch (error) {
      this.failure ??= (error as NodeJS.ErrnoException).code ?? 'error';
    }
    closeSync(this.fd);
    this.fd = undefined;
  }
}

function isRecord(value: Partial<JournalRecord>): value is JournalRecord {
  return value.status === 'deidentified' || value.status === 'quarantined' || value.status === 'rejected';
}
