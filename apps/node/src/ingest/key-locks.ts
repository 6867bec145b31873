/**
 * Per-key mutual exclusion inside this process. The ingest path holds an object's key from the store
 * write until its row is committed; the start-up repair takes the same lock before it deletes an
 * object without a row, so it can never delete one that a commit is about to reference.
 */
export class KeyLocks {
  private readonly tails = new Map<string, Promise<void>>();
  /**
   * True until the start-up sweep of the object store is over (IngestRepairService). Until then object
   * writes must take their key's lock; afterwards nothing deletes objects behind a writer's back.
   */
  objectSweepRunning = true;

  /** Runs `work` while holding `key`; waits for earlier holders of the same key. */
  async withKey<T>(key: string, work: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    let release: () => void = () => undefined;
    const current = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => current);
    this.tails.set(key, tail);
    await previous;
    try {
      return await work();
    } finally {
      release();
      if (this.tails.get(key) === tail) this.tails.delete(key);
    }
  }

  /** Keys currently held or awaited (for tests and diagnostics). */
  get size(): number {
    return this.tails.size;
  }
}
