import { itemRetryDelayMs, LinkBackoff } from './link-backoff';

describe('LinkBackoff', () => {
  it('doubles from 1 s up to the ceiling while failures continue', () => {
    const backoff = new LinkBackoff(8000);
    const waits: number[] = [];
    let now = 10_000;
    for (let i = 0; i < 6; i += 1) {
      const until = backoff.failure(now, now);
      waits.push(until - now);
      now = until;
    }
    expect(waits).toEqual([1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('does not double again for requests that were in flight when the pause began', () => {
    const backoff = new LinkBackoff(60_000);
    const first = backoff.failure(5000, 4900);
    // Three more requests sent before the first failure come back failed as well.
    expect(backoff.failure(5010, 4950)).toBe(first);
    expect(backoff.failure(5020, 4990)).toBe(first);
    expect(backoff.delay).toBe(1000);
    // The probe after the pause fails: now it doubles.
    expect(backoff.failure(6100, 6000) - 6100).toBe(2000);
  });

  it('starts over after a success', () => {
    const backoff = new LinkBackoff(60_000);
    backoff.failure(0, 0);
    backoff.failure(1000, 1000);
    backoff.success();
    expect(backoff.pausedUntil).toBe(0);
    expect(backoff.failure(5000, 5000)).toBe(6000);
  });
});

describe('itemRetryDelayMs', () => {
  it('waits 1 s after the first attempt, doubling, never beyond the ceiling', () => {
    expect([1, 2, 3, 4, 10, 100].map((attempts) => itemRetryDelayMs(attempts, 30_000))).toEqual([
      1000, 2000, 4000, 8000, 30_000, 30_000,
    ]);
  });
});
