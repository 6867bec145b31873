import { Worker, type ResourceLimits } from 'node:worker_threads';
import { RunCodes } from './run-codes';
import type { DeidWorkerData, FileResult, FromWorkerMessage, ToWorkerMessage } from './worker-protocol';

/** How to start the pool's threads. */
export interface WorkerPoolOptions {
  /** The script every thread runs (the CLI bundle itself; it dispatches on workerData). */
  readonly script: string;
  /** process.argv of the thread after the script, so the bundle's entry routes to the right command. */
  readonly argv: readonly string[];
  readonly workerData: DeidWorkerData;
  readonly jobs: number;
  readonly resourceLimits?: ResourceLimits;
}

/** A worker could not build its pipeline (its message is the reason, safe to show). */
export class WorkerSetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerSetupError';
  }
}

interface Slot {
  readonly worker: Worker;
  readonly inFlight: Map<number, (result: FileResult) => void>;
}

// One file being processed and one waiting, so a thread never idles for a message round trip, and no
// more: the main thread holds back the rest, so memory does not grow with the size of the input.
const TASKS_PER_WORKER = 2;
const MAX_REPLACEMENTS = 8;

function stoppedResult(reason: string): FileResult {
  return { status: 'failed', code: RunCodes.workerStopped, reason, bytesIn: 0, bytesOut: 0 };
}

/**
 * Worker threads that de-identify files: at most two tasks in flight per thread (back-pressure through
 * `whenSlotFree`), results matched to tasks by id. A thread that dies fails the files it held and is
 * replaced; a thread that cannot build its pipeline fails the pool's start.
 */
export class DeidWorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiters: (() => void)[] = [];
  private nextId = 1;
  private replacements = 0;
  private starting = 0;
  private closing = false;

  private constructor(private readonly options: WorkerPoolOptions) {}

  /** Starts `jobs` threads and resolves when every one is ready; rejects with WorkerSetupError otherwise. */
  static async start(options: WorkerPoolOptions): Promise<DeidWorkerPool> {
    const pool = new DeidWorkerPool(options);
    const started = await Promise.allSettled(Array.from({ length: options.jobs }, () => pool.spawn()));
    const failure = started.find((outcome) => outcome.status === 'rejected');
    if (failure) {
      await pool.terminate();
      throw failure.reason;
    }
    return pool;
  }

  /** Files handed out and not yet answered. */
  get inFlight(): number {
    return this.slots.reduce((sum, slot) => sum + slot.inFlight.size, 0);
  }

  private spawn(): Promise<void> {
    this.starting += 1;
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(this.options.script, {
        argv: [...this.options.argv],
        workerData: this.options.workerData,
        ...(this.options.resourceLimits ? { resourceLimits: this.options.resourceLimits } : {}),
      });
      const slot: Slot = { worker, inFlight: new Map() };
      let ready = false;
      const failStart = (message: string) => {
        if (ready) return;
        ready = true;
        this.starting -= 1;
        reject(new WorkerSetupError(message));
        this.wake();
      };
      worker.on('message', (message: FromWorkerMessage) => {
        switch (message.type) {
          case 'ready':
            ready = true;
            this.starting -= 1;
            this.slots.push(slot);
            resolve();
            this.wake();
            return;
          case 'setup-failed':
            failStart(message.message);
            void worker.terminate();
            return;
          case 'result': {
            const settle = slot.inFlight.get(message.id);
            slot.inFlight.delete(message.id);
            settle?.(message.result);
            this.wake();
            return;
          }
        }
      });
      worker.on('error', (error) => {
        // Only the error's type: its message may carry a path or a value.
        failStart(`a worker thread failed to start (${error.name})`);
        this.lose(slot, `the worker thread stopped (${error.name})`);
      });
      worker.on('exit', (code) => {
        failStart(`a worker thread stopped while starting (exit code ${code})`);
        this.lose(slot, `the worker thread exited (code ${code})`);
      });
    });
  }

  /** A thread is gone: its files fail (they are retried by the next run) and a replacement starts. */
  private lose(slot: Slot, reason: string): void {
    const index = this.slots.indexOf(slot);
    if (index < 0) return;
    this.slots.splice(index, 1);
    for (const settle of slot.inFlight.values()) settle(stoppedResult(reason));
    slot.inFlight.clear();
    if (!this.closing && this.replacements < MAX_REPLACEMENTS) {
      this.replacements += 1;
      this.spawn().catch(() => this.wake());
    }
    this.wake();
  }

  private wake(): void {
    while (this.waiters.length > 0 && this.hasRoom()) this.waiters.shift()?.();
  }

  /** True when a file can be handed out now (or the pool is beyond repair and submit answers at once). */
  private hasRoom(): boolean {
    if (this.slots.length === 0) return this.starting === 0;
    return this.slots.some((slot) => slot.inFlight.size < TASKS_PER_WORKER);
  }

  /** Resolves when submit may be called: a thread has room. */
  whenSlotFree(): Promise<void> {
    if (this.hasRoom()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Hands one file to the least busy thread; call after whenSlotFree. */
  submit(path: string): Promise<FileResult> {
    let chosen: Slot | undefined;
    for (const slot of this.slots) {
      if (slot.inFlight.size < TASKS_PER_WORKER && (!chosen || slot.inFlight.size < chosen.inFlight.size))
        chosen = slot;
    }
    if (!chosen) return Promise.resolve(stoppedResult('no worker thread is running'));
    const id = this.nextId++;
    const slot = chosen;
    return new Promise<FileResult>((resolve) => {
      slot.inFlight.set(id, resolve);
      const message: ToWorkerMessage = { type: 'task', id, path };
      slot.worker.postMessage(message);
    });
  }

  /** Lets every thread finish what it holds, then ends them. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(
      this.slots.map(
        (slot) =>
          new Promise<void>((resolve) => {
            slot.worker.once('exit', () => resolve());
            const stop: ToWorkerMessage = { type: 'stop' };
            slot.worker.postMessage(stop);
          }),
      ),
    );
  }

  /** Ends every thread now; files in flight fail. */
  async terminate(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.slots].map((slot) => slot.worker.terminate()));
  }
}
