import fc from 'fast-check';
import type { ImagePixelDescription } from '@lattice/dicom';
import { blankPixelFor, clearUnusedBits, countUnusedBits, looksLikeOverlay } from './pixel-redaction';
import { description } from './spec-support/synthetic-image';

/** The plain definition: bits outside the stored field, or above High Bit not copying the sign. */
function naiveFlagged(samples: Uint16Array, desc: ImagePixelDescription): number {
  const lowBit = desc.highBit - desc.bitsStored + 1;
  let flagged = 0;
  for (const raw of samples) {
    let clean = true;
    const sign = (raw >> desc.highBit) & 1;
    for (let bit = 0; bit < 16; bit++) {
      const value = (raw >> bit) & 1;
      if (bit < lowBit && value) clean = false;
      if (bit > desc.highBit && value !== (desc.pixelRepresentation === 1 ? sign : 0)) clean = false;
    }
    if (!clean) flagged++;
  }
  return flagged;
}

describe('unused bits', () => {
  it('counts exactly what the plain definition flags, for every 16-bit layout', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 16 }).chain((bitsStored) =>
          fc.record({
            bitsStored: fc.constant(bitsStored),
            highBit: fc.integer({ min: bitsStored - 1, max: 15 }),
            signed: fc.boolean(),
            samples: fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 40 }),
            clean: fc.boolean(),
          }),
        ),
        ({ bitsStored, highBit, signed, samples, clean }) => {
          const desc = description({
            bitsAllocated: 16,
            bitsStored,
            highBit,
            pixelRepresentation: signed ? 1 : 0,
            rows: 1,
            columns: samples.length,
          });
          const values = Uint16Array.from(samples);
          if (clean) clearUnusedBits(new Uint8Array(values.buffer), desc);
          const expected = naiveFlagged(values, desc);
          expect(countUnusedBits(new Uint8Array(values.buffer), desc).flagged).toBe(expected);
          if (clean) expect(expected).toBe(0);
        },
      ),
      { numRuns: 400, seed: 3 },
    );
  });

  it('tells sparse overlay planes from dense data under a wrong Bits Stored', () => {
    const desc = description({ bitsAllocated: 16, bitsStored: 12, highBit: 11, rows: 10, columns: 10 });
    const sparse = new Uint16Array(100).map((_, i) => (i < 10 ? 0x8000 : 0) | 0x123);
    expect(looksLikeOverlay(countUnusedBits(new Uint8Array(sparse.buffer), desc))).toBe(true);
    const dense = new Uint16Array(100).map((_, i) => (i * 977) & 0xffff);
    expect(looksLikeOverlay(countUnusedBits(new Uint8Array(dense.buffer), desc))).toBe(false);
  });

  it('leaves a frame it reads from an odd offset readable and a frame it clears from an odd offset cleared', () => {
    const desc = description({ bitsAllocated: 16, bitsStored: 12, highBit: 11, rows: 1, columns: 2 });
    const buffer = Uint8Array.of(0, 0x34, 0xf2, 0x56, 0x01, 0);
    const frame = buffer.subarray(1, 5);
    expect(countUnusedBits(frame, desc).flagged).toBe(1);
    expect(clearUnusedBits(frame, desc)).toBe(1);
    expect(Array.from(buffer)).toEqual([0, 0x34, 0x02, 0x56, 0x01, 0]);
  });
});

describe('blankPixelFor', () => {
  it.each<[Partial<ImagePixelDescription>, number[] | undefined]>([
    [{ photometricInterpretation: 'MONOCHROME2' }, [0]],
    [{ photometricInterpretation: 'MONOCHROME1' }, [255]],
    [
      {
        photometricInterpretation: 'MONOCHROME2',
        bitsAllocated: 16,
        bitsStored: 12,
        highBit: 11,
        pixelRepresentation: 1,
      },
      [0xf800],
    ],
    [
      {
        photometricInterpretation: 'MONOCHROME1',
        bitsAllocated: 16,
        bitsStored: 10,
        highBit: 13,
        pixelRepresentation: 1,
      },
      [0x1ff0],
    ],
    [
      {
        photometricInterpretation: 'MONOCHROME2',
        bitsAllocated: 16,
        bitsStored: 10,
        highBit: 13,
        pixelRepresentation: 1,
      },
      [0xe000],
    ],
    [{ photometricInterpretation: 'RGB', samplesPerPixel: 3 }, [0, 0, 0]],
    [{ photometricInterpretation: 'YBR_FULL', samplesPerPixel: 3 }, [0, 128, 128]],
    [{ photometricInterpretation: 'YBR_PARTIAL_422', samplesPerPixel: 3 }, undefined],
  ])('%j', (partial, expected) => {
    expect(blankPixelFor(description(partial))).toEqual(expected);
  });
});
