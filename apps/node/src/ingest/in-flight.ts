import { Injectable } from '@nestjs/common';

/** Counts objects being ingested, so that shutdown lets them finish before the database goes away. */
@Injectable()
export class InFlight {
  private count = 0;
  private waiters: (() => void)[] = [];

  /** Runs one ingest, counted. */
  async track<T>(work: () => Promise<T>): Promise<T> {
    this.count += 1;
    try {
      return await work();
    } finally {
      this.count -= 1;
      if (this.count === 0) for (const wake of this.waiters.splice(0)) wake();
    }
  }

  /** Resolves when nothing is in flight, or after `timeoutMs` at the latest. */
  drained(timeoutMs: number): Promise<void> {
    if (this.count === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, timeoutMs);
      this.waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}
