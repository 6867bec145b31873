/**
 * Exponential backoff of the link to the center: while the center is unreachable or refusing, the whole
 * queue waits 1 s, 2 s, 4 s, ... up to a ceiling, instead of every item failing on its own. Failures of
 * requests that were already in flight when the pause began do not double it again.
 */
export class LinkBackoff {
  private delayMs = 0;
  private pausedUntilMs = 0;
  private pausedAtMs = 0;

  constructor(
    private readonly maxDelayMs: number,
    private readonly firstDelayMs = 1000,
  ) {}

  /** Records a failure at `nowMs` of a request sent at `sentAtMs`; returns when the next attempt may go. */
  failure(nowMs: number, sentAtMs: number): number {
    if (sentAtMs >= this.pausedAtMs || this.pausedUntilMs === 0) {
      this.delayMs = this.delayMs === 0 ? this.firstDelayMs : Math.min(this.delayMs * 2, this.maxDelayMs);
      this.pausedAtMs = nowMs;
      this.pausedUntilMs = nowMs + this.delayMs;
    }
    return this.pausedUntilMs;
  }

  /** A delivery went through: the next failure starts again from the first delay. */
  success(): void {
    this.delayMs = 0;
    this.pausedUntilMs = 0;
    this.pausedAtMs = 0;
  }

  /** Epoch milliseconds until which nothing is sent; 0 when not paused. */
  get pausedUntil(): number {
    return this.pausedUntilMs;
  }

  /** The current delay in milliseconds (0 after a success). */
  get delay(): number {
    return this.delayMs;
  }
}

/** The wait before retrying one item that the center could not process: 1 s doubling per attempt, capped. */
export function itemRetryDelayMs(attempts: number, maxDelayMs: number): number {
  return Math.min(1000 * 2 ** Math.max(0, Math.min(attempts - 1, 30)), maxDelayMs);
}
