import { Injectable } from '@nestjs/common';

/**
 * The in-process nudge from the ingest side to the push worker: call `notify()` after the transaction
 * that created push items has committed, and the worker claims them at once instead of at its next poll.
 * Missing a notification delays delivery by at most the poll interval; it never loses an item.
 */
@Injectable()
export class PushQueueSignal {
  private readonly listeners = new Set<() => void>();

  notify(): void {
    for (const listener of this.listeners) listener();
  }

  /** Registers a listener; returns the function that removes it. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
