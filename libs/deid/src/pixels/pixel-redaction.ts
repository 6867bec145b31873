import type { ImagePixelDescription } from '@lattice/dicom';
import type { PixelRegion } from './pixel-policy';

// Hot loops here use plain comparisons rather than Math.*: they run over every sample of a frame.

/** Stored sample values (one per sample of a pixel) written into blanked regions. */
export type BlankPixel = readonly number[];

/**
 * The value a blanked region gets, as stored samples: black for the photometric interpretation
 * (MONOCHROME1 maximum, MONOCHROME2 minimum, RGB zero, YBR_FULL zero luma with neutral chroma,
 * PALETTE COLOR the given darkest index). Undefined for interpretations that are not blanked here.
 */
export function blankPixelFor(description: ImagePixelDescription, paletteIndex = 0): BlankPixel | undefined {
  const { bitsStored, pixelRepresentation } = description;
  const signed = pixelRepresentation === 1;
  const max = signed ? 2 ** (bitsStored - 1) - 1 : 2 ** bitsStored - 1;
  const min = signed ? -(2 ** (bitsStored - 1)) : 0;
  switch (description.photometricInterpretation) {
    case 'MONOCHROME1':
      return [storedSample(max, description)];
    case 'MONOCHROME2':
      return [storedSample(min, description)];
    case 'PALETTE COLOR':
      return [storedSample(paletteIndex, description)];
    case 'RGB':
      return [0, 0, 0];
    case 'YBR_FULL': {
      const neutral = storedSample(2 ** (bitsStored - 1), description);
      return [0, neutral, neutral];
    }
    default:
      return undefined;
  }
}

/** A value placed at the stored bits (High Bit down), sign-extended above them when signed. */
function storedSample(value: number, description: ImagePixelDescription): number {
  const { bitsAllocated, bitsStored, highBit, pixelRepresentation } = description;
  const lowBit = highBit - bitsStored + 1;
  const field = (value & (2 ** bitsStored - 1)) * 2 ** lowBit;
  const allocated = 2 ** bitsAllocated;
  if (pixelRepresentation === 1 && value < 0) {
    const above = allocated - 2 ** (highBit + 1);
    return (field + above) % allocated;
  }
  return field % allocated;
}

/** Writes `blank` into each region of one little-endian frame; the frame must be writable. */
export function blankRegions(
  frame: Uint8Array,
  description: ImagePixelDescription,
  regions: readonly PixelRegion[],
  blank: BlankPixel,
): void {
  const { columns, rows, samplesPerPixel, planarConfiguration, bitsAllocated } = description;
  if (bitsAllocated === 1) {
    blankBitRegions(frame, columns, regions, (blank[0] ?? 0) & 1);
    return;
  }
  const { samples, commit } = sampleView(frame, bitsAllocated);
  const planeSize = rows * columns;
  for (const region of regions) {
    for (let y = region.y; y < region.y + region.height; y++) {
      for (let s = 0; s < samplesPerPixel; s++) {
        const value = blank[s] ?? 0;
        if (planarConfiguration === 1) {
          const start = s * planeSize + y * columns + region.x;
          samples.fill(value, start, start + region.width);
        } else {
          const end = (y * columns + region.x + region.width) * samplesPerPixel;
          for (let i = (y * columns + region.x) * samplesPerPixel + s; i < end; i += samplesPerPixel)
            samples[i] = value;
        }
      }
    }
  }
  commit();
}

function blankBitRegions(
  frame: Uint8Array,
  columns: number,
  regions: readonly PixelRegion[],
  bit: number,
): void {
  for (const region of regions) {
    for (let y = region.y; y < region.y + region.height; y++) {
      for (let p = y * columns + region.x, end = p + region.width; p < end; p++) {
        const byte = p >>> 3;
        const mask = 1 << (p & 7);
        frame[byte] = bit ? (frame[byte] as number) | mask : (frame[byte] as number) & ~mask;
      }
    }
  }
}

/** Pixel values that are padding, not image (0028,0120)/(0028,0121), as stored values. */
export interface PaddingRange {
  readonly low: number;
  readonly high: number;
}

/** How many samples of a frame carry data outside Bits Stored, in total and per bit position. */
export interface UnusedBitCounts {
  readonly samples: number;
  readonly flagged: number;
  /** Index: bit position; value: samples whose bit differs from what the stored value implies. */
  readonly perBit: readonly number[];
}

/**
 * Counts data in the bits of each sample outside Bits Stored, where old devices keep overlay planes.
 * Signed samples may carry their sign extension there; padding values are not counted.
 */
export function countUnusedBits(
  frame: Uint8Array,
  description: ImagePixelDescription,
  padding?: PaddingRange,
): UnusedBitCounts {
  const perBit = new Array<number>(description.bitsAllocated).fill(0);
  const layout = unusedBitLayout(description);
  if (!layout || !mayHaveUnusedBitData(frame, description)) return { samples: 0, flagged: 0, perBit };
  const { samples } = sampleView(frame, description.bitsAllocated);
  const padLow = padding ? padding.low : 1;
  const padHigh = padding ? padding.high : 0;
  let flagged = 0;
  for (let i = 0; i < samples.length; i++) {
    const raw = samples[i] as number;
    if (raw >= padLow && raw <= padHigh) continue;
    const difference = (raw ^ layout.expected(raw)) >>> 0;
    if (difference === 0) continue;
    flagged++;
    for (let bit = 0; bit < description.bitsAllocated; bit++)
      if ((difference >>> bit) & 1) perBit[bit] = (perBit[bit] as number) + 1;
  }
  return { samples: samples.length, flagged, perBit };
}

/** Adds up the counts of several frames. */
export function addUnusedBitCounts(counts: readonly UnusedBitCounts[]): UnusedBitCounts {
  const perBit: number[] = [];
  let samples = 0;
  let flagged = 0;
  for (const count of counts) {
    samples += count.samples;
    flagged += count.flagged;
    count.perBit.forEach((n, bit) => (perBit[bit] = (perBit[bit] ?? 0) + n));
  }
  return { samples, flagged, perBit };
}

/**
 * A fast first read for the common 16-bit layouts (High Bit = Bits Stored - 1), two samples per step
 * for unsigned data: false means no sample has anything outside Bits Stored. Other layouts answer
 * true and get the exact count.
 */
function mayHaveUnusedBitData(frame: Uint8Array, description: ImagePixelDescription): boolean {
  const { bitsAllocated, bitsStored, highBit, pixelRepresentation } = description;
  if (bitsAllocated !== 16 || highBit !== bitsStored - 1 || frame.byteOffset % 4 !== 0) return true;
  if (pixelRepresentation === 0) {
    const mask = ((0xffff - (2 ** bitsStored - 1)) * 0x10001) | 0;
    const pairs = new Uint32Array(frame.buffer, frame.byteOffset, frame.byteLength >>> 2);
    let seen = 0;
    for (let i = 0; i < pairs.length; i++) seen |= (pairs[i] as number) & mask;
    if (frame.byteLength % 4 >= 2)
      seen |=
        ((frame[frame.byteLength - 2] as number) | ((frame[frame.byteLength - 1] as number) << 8)) & mask;
    return (seen & mask) !== 0;
  }
  // Signed: the bits from High Bit up are all 0 or all 1 (sign extension) when nothing else is there.
  const samples = new Int16Array(frame.buffer, frame.byteOffset, frame.byteLength >>> 1);
  let seen = 0;
  for (let i = 0; i < samples.length; i++) seen |= (((samples[i] as number) >> highBit) + 1) >>> 1;
  return seen !== 0;
}

/**
 * Whether data outside Bits Stored looks like overlay planes (sparse drawings: no bit set in more
 * than a quarter of the samples) rather than image data under a wrong Bits Stored, which is left alone.
 */
export function looksLikeOverlay(counts: UnusedBitCounts): boolean {
  return counts.flagged > 0 && counts.perBit.every((n) => n <= counts.samples / 4);
}

/** Clears the bits outside Bits Stored (keeping sign extension and padding values); returns samples changed. */
export function clearUnusedBits(
  frame: Uint8Array,
  description: ImagePixelDescription,
  padding?: PaddingRange,
): number {
  const layout = unusedBitLayout(description);
  if (!layout) return 0;
  const { samples, commit } = sampleView(frame, description.bitsAllocated);
  const padLow = padding ? padding.low : 1;
  const padHigh = padding ? padding.high : 0;
  let changed = 0;
  for (let i = 0; i < samples.length; i++) {
    const raw = samples[i] as number;
    if (raw >= padLow && raw <= padHigh) continue;
    const expected = layout.expected(raw);
    if (raw !== expected) {
      samples[i] = expected;
      changed++;
    }
  }
  if (changed > 0) commit();
  return changed;
}

/** For samples with unused bits: what a clean sample holds (the stored field, sign-extended when signed). */
function unusedBitLayout(
  description: ImagePixelDescription,
): { expected: (raw: number) => number } | undefined {
  const { bitsAllocated, bitsStored, highBit, pixelRepresentation } = description;
  if (bitsAllocated === 1 || (bitsStored === bitsAllocated && highBit === bitsAllocated - 1))
    return undefined;
  const lowBit = highBit - bitsStored + 1;
  // Masks as unsigned 32-bit numbers: the stored field, and everything above High Bit.
  const allocatedMask = bitsAllocated === 32 ? 0xffffffff : 2 ** bitsAllocated - 1;
  const fieldMask = ((2 ** bitsStored - 1) * 2 ** lowBit) >>> 0;
  const aboveMask = (allocatedMask - (2 ** (highBit + 1) - 1)) >>> 0;
  const signBit = 2 ** highBit;
  if (pixelRepresentation === 0) return { expected: (raw) => (raw & fieldMask) >>> 0 };
  return {
    expected: (raw) => {
      const field = (raw & fieldMask) >>> 0;
      return (field & signBit) !== 0 ? (field | aboveMask) >>> 0 : field;
    },
  };
}

/**
 * The frame as an array of samples (little-endian host order). A frame that does not start on a
 * multiple of the sample size is worked on in an aligned copy; `commit` writes the copy back.
 */
function sampleView(
  frame: Uint8Array,
  bitsAllocated: number,
): { samples: Uint8Array | Uint16Array | Uint32Array; commit: () => void } {
  if (bitsAllocated === 8) return { samples: frame, commit: () => undefined };
  const width = bitsAllocated / 8;
  const aligned = frame.byteOffset % width === 0;
  const bytes = aligned ? frame : frame.slice();
  const length = Math.floor(bytes.byteLength / width);
  const samples =
    width === 2
      ? new Uint16Array(bytes.buffer, bytes.byteOffset, length)
      : new Uint32Array(bytes.buffer, bytes.byteOffset, length);
  return { samples, commit: aligned ? () => undefined : () => frame.set(bytes) };
}
