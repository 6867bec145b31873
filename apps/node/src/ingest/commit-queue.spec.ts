import { CommitQueue } from './commit-queue';

describe('group commit', () => {
  it('flushes a lone item at once, and groups items that arrive during a flush', async () => {
    const flushes: number[][] = [];
    let release: () => void = () => undefined;
    const queue = new CommitQueue<number, string>(async (items) => {
      flushes.push([...items]);
      if (flushes.length === 1) await new Promise<void>((resolve) => (release = resolve));
      return items.map((item) => `done ${item}`);
    });
    const first = queue.submit(1);
    await Promise.resolve();
    expect(flushes).toEqual([[1]]);
    const later = [queue.submit(2), queue.submit(3), queue.submit(4)];
    release();
    expect(await Promise.all([first, ...later])).toEqual(['done 1', 'done 2', 'done 3', 'done 4']);
    expect(flushes).toEqual([[1], [2, 3, 4]]);
  });

  it('fails every item of a failed flush, and carries on with the next', async () => {
    let fail = true;
    const queue = new CommitQueue<number, number>(async (items) => {
      if (fail) {
        fail = false;
        throw new Error('database gone');
      }
      return items.map((item) => item * 10);
    });
    await expect(queue.submit(1)).rejects.toThrow('database gone');
    await expect(queue.submit(2)).resolves.toBe(20);
  });

  it('keeps batches within their limit', async () => {
    const sizes: number[] = [];
    let hold: Promise<void> | null = new Promise((resolve) => setTimeout(resolve, 10));
    const queue = new CommitQueue<number, number>(async (items) => {
      sizes.push(items.length);
      if (hold) await hold;
      hold = null;
      return [...items];
    }, 3);
    await Promise.all(Array.from({ length: 8 }, (_, i) => queue.submit(i)));
    expect(sizes).toEqual([1, 3, 3, 1]);
  });
});
