interface Waiting<T, R> {
  readonly item: T;
  readonly resolve: (result: R) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit: items submitted while a flush is running are written together by the next flush, in
 * one statement. A lone item is flushed at once, so a sender that waits for each answer (a DIMSE SCU)
 * pays no delay; concurrent senders share one database round trip and one WAL flush. Every caller is
 * answered only after the flush that holds its item has committed.
 */
export class CommitQueue<T, R> {
  private waiting: Waiting<T, R>[] = [];
  private flushing = false;

  constructor(
    private readonly flush: (items: readonly T[]) => Promise<readonly R[]>,
    private readonly maxBatch = 128,
  ) {}

  submit(item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      this.waiting.push({ item, resolve, reject });
      if (!this.flushing) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.flushing = true;
    try {
      while (this.waiting.length > 0) {
        const batch = this.waiting.splice(0, this.maxBatch);
        try {
          const results = await this.flush(batch.map((entry) => entry.item));
          batch.forEach((entry, index) => {
            const result = results[index];
            if (result === undefined) entry.reject(new Error('the commit returned no result for an item'));
            else entry.resolve(result);
          });
        } catch (error) {
          for (const entry of batch) entry.reject(error);
        }
      }
    } finally {
      this.flushing = false;
    }
  }
}
