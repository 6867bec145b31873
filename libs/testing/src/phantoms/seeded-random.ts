import { createHash } from 'node:crypto';

/**
 * A small deterministic generator (sfc32) seeded from a string: the same seed always gives the same
 * sequence, on every machine, so a phantom study is reproducible byte for byte.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: string) {
    const digest = createHash('sha256').update(seed).digest();
    this.a = digest.readUInt32LE(0);
    this.b = digest.readUInt32LE(4);
    this.c = digest.readUInt32LE(8);
    this.d = digest.readUInt32LE(12);
    // sfc32 needs a few rounds before its output stops reflecting the seed words.
    for (let i = 0; i < 12; i += 1) this.uint32();
  }

  /** An independent generator for one purpose, so adding draws in one place never shifts another. */
  fork(label: string): SeededRandom {
    return new SeededRandom(`${this.seed}/${label}`);
  }

  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** A number in [0, 1). */
  next(): number {
    return this.uint32() / 4294967296;
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A number in [min, max) rounded to `decimals` places. */
  decimal(min: number, max: number, decimals: number): number {
    const factor = 10 ** decimals;
    return Math.round((min + this.next() * (max - min)) * factor) / factor;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('cannot pick from an empty list');
    return items[this.int(0, items.length - 1)] as T;
  }

  /** `count` decimal digits; the first is never 0 when `leadingZero` is false. */
  digits(count: number, leadingZero = true): string {
    let text = '';
    for (let i = 0; i < count; i += 1)
      text += String(i === 0 && !leadingZero ? this.int(1, 9) : this.int(0, 9));
    return text;
  }
}
