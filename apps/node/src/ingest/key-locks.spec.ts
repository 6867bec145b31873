import { KeyLocks } from './key-locks';

describe('key locks', () => {
  it('run work on the same key one at a time, in order, and other keys alongside', async () => {
    const locks = new KeyLocks();
    const events: string[] = [];
    const step = (name: string, ms: number) => async () => {
      events.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, ms));
      events.push(`${name} end`);
      return name;
    };
    const results = await Promise.all([
      locks.withKey('a', step('a1', 20)),
      locks.withKey('a', step('a2', 1)),
      locks.withKey('b', step('b1', 1)),
    ]);
    expect(results).toEqual(['a1', 'a2', 'b1']);
    expect(events.indexOf('a2 start')).toBeGreaterThan(events.indexOf('a1 end'));
    expect(events.indexOf('b1 end')).toBeLessThan(events.indexOf('a1 end'));
    expect(locks.size).toBe(0);
  });

  it('release the key when the work fails', async () => {
    const locks = new KeyLocks();
    await expect(locks.withKey('k', () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(locks.withKey('k', async () => 'next')).resolves.toBe('next');
    expect(locks.size).toBe(0);
  });
});
