import type { DeidStage, ProfileDefinition } from '@lattice/deid';
import type { PixelRulesSource } from './run-settings';

/** Marks the workerData of a de-identification worker, so the CLI entry knows what to run in the thread. */
export const DEID_WORKER_ROLE = 'lattice-deid-worker';

/** What every worker is started with; it builds its pipeline context from this once. */
export interface DeidWorkerData {
  readonly role: typeof DEID_WORKER_ROLE;
  /** The key id and bytes, copied into the thread's memory only (never written anywhere). */
  readonly key: { readonly kid: string; readonly bytes: Uint8Array };
  readonly profile: ProfileDefinition;
  readonly stage: DeidStage;
  readonly pixelRules?: PixelRulesSource;
  readonly ocr: boolean;
  readonly outputRoot: string;
  readonly quarantineRoot?: string;
}

/** The outcome statuses of the report: the engine's three verdicts, or `failed` (needs a retry). */
export type FileStatus = 'deidentified' | 'quarantined' | 'rejected' | 'failed';

/** What happened to one input file, as a worker reports it. Reasons are safe to show: never values. */
export interface FileResult {
  readonly status: FileStatus;
  /** Why it was not de-identified: the engine's code, or the CLI's own (I/O, output conflicts). */
  readonly code?: string;
  readonly reason?: string;
  /** The output file below the output folder, with forward slashes. */
  readonly output?: string;
  /** The output already existed with exactly these bytes (the same instance seen twice). */
  readonly alreadyPresent?: boolean;
  /** The quarantined original's file name below the quarantine folder. */
  readonly quarantineFile?: string;
  readonly bytesIn: number;
  readonly bytesOut: number;
}

/** Main thread to worker. */
export type ToWorkerMessage =
  { readonly type: 'task'; readonly id: number; readonly path: string } | { readonly type: 'stop' };

/** Worker to main thread. */
export type FromWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'setup-failed'; readonly message: string }
  | { readonly type: 'result'; readonly id: number; readonly result: FileResult };

/** True for the workerData of a de-identification worker. */
export function isDeidWorkerData(data: unknown): data is DeidWorkerData {
  return typeof data === 'object' && data !== null && (data as { role?: unknown }).role === DEID_WORKER_ROLE;
}
