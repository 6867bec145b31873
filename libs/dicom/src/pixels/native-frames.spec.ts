import fc from 'fast-check';
import { DicomDataset } from '../dataset';
import { Tags } from '../tag';
import { describeImagePixels, type ImagePixelDescription } from './image-pixel-description';
import { expandYbrFull422, joinNativeFrames, splitNativeFrames, swapBytes } from './native-frames';

function desc(partial: Partial<ImagePixelDescription>): ImagePixelDescription {
  return {
    rows: 2,
    columns: 2,
    samplesPerPixel: 1,
    bitsAllocated: 16,
    bitsStored: 16,
    highBit: 15,
    pixelRepresentation: 0,
    planarConfiguration: 0,
    photometricInterpretation: 'MONOCHROME2',
    numberOfFrames: 1,
    ...partial,
  };
}

describe('splitNativeFrames', () => {
  it('returns little-endian frames as views of the stored bytes', () => {
    const bytes = Uint8Array.from({ length: 16 }, (_, i) => i);
    const frames = splitNativeFrames(bytes, 'OW', desc({ numberOfFrames: 2 }), true);
    expect(frames.map((frame) => Array.from(frame))).toEqual([
      [0, 1, 2, 3, 4, 5, 6, 7],
      [8, 9, 10, 11, 12, 13, 14, 15],
    ]);
    expect(frames[1]?.buffer).toBe(bytes.buffer);
  });

  it('swaps big-endian words by pixel size, and 8-bit OW by 16-bit word, but leaves OB alone', () => {
    const bytes = Uint8Array.of(0x01, 0x02, 0x03, 0x04, 0x05, 0x06, 0x07, 0x08);
    expect(Array.from(splitNativeFrames(bytes, 'OW', desc({}), false)[0] ?? [])).toEqual([
      2, 1, 4, 3, 6, 5, 8, 7,
    ]);
    const bytes8 = bytes.subarray(0, 4);
    expect(
      Array.from(
        splitNativeFrames(bytes8, 'OW', desc({ bitsAllocated: 8, bitsStored: 8, highBit: 7 }), false)[0] ??
          [],
      ),
    ).toEqual([2, 1, 4, 3]);
    expect(
      Array.from(
        splitNativeFrames(bytes8, 'OB', desc({ bitsAllocated: 8, bitsStored: 8, highBit: 7 }), false)[0] ??
          [],
      ),
    ).toEqual([1, 2, 3, 4]);
    expect(Array.from(swapBytes(bytes, 4))).toEqual([4, 3, 2, 1, 8, 7, 6, 5]);
  });

  it('refuses pixel data shorter than the frames it declares', () => {
    expect(() => splitNativeFrames(new Uint8Array(12), 'OW', desc({ numberOfFrames: 2 }), true)).toThrow(
      expect.objectContaining({ code: 'TRUNCATED' }),
    );
  });

  it('splits and rejoins single-bit frames that do not start on byte boundaries', () => {
    // 3x3 single-bit frames: 9 bits each, packed back to back (PS3.5 8.1.1).
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.integer(),
        (frames, rows, columns, seed) => {
          const d = desc({
            rows,
            columns,
            bitsAllocated: 1,
            bitsStored: 1,
            highBit: 0,
            numberOfFrames: frames,
          });
          const totalBits = rows * columns * frames;
          const packed = new Uint8Array(Math.ceil(totalBits / 8) + (Math.ceil(totalBits / 8) % 2));
          const bits: number[] = [];
          let state = seed >>> 0 || 1;
          for (let bit = 0; bit < totalBits; bit++) {
            state = (state * 1103515245 + 12345) >>> 0;
            const value = (state >>> 16) & 1;
            bits.push(value);
            if (value) packed[bit >>> 3] = (packed[bit >>> 3] ?? 0) | (1 << (bit & 7));
          }
          const split = splitNativeFrames(packed, 'OB', d, true);
          split.forEach((frame, f) => {
            for (let p = 0; p < rows * columns; p++) {
              expect(((frame[p >>> 3] ?? 0) >>> (p & 7)) & 1).toBe(bits[f * rows * columns + p]);
            }
          });
          expect(Buffer.from(joinNativeFrames(split, d)).equals(Buffer.from(packed))).toBe(true);
        },
      ),
      { numRuns: 200, seed: 11 },
    );
  });
});

describe('expandYbrFull422', () => {
  it('repeats each chroma pair for both pixels of the pair', () => {
    const d = desc({
      rows: 1,
      columns: 4,
      samplesPerPixel: 3,
      bitsAllocated: 8,
      bitsStored: 8,
      highBit: 7,
      photometricInterpretation: 'YBR_FULL_422',
    });
    const frame = Uint8Array.of(10, 11, 100, 200, 20, 21, 101, 201);
    expect(Array.from(expandYbrFull422(frame, d))).toEqual([
      10, 100, 200, 11, 100, 200, 20, 101, 201, 21, 101, 201,
    ]);
  });
});

describe('describeImagePixels', () => {
  function dataset(values: Record<string, number | string | undefined>): DicomDataset {
    const ds = new DicomDataset();
    for (const [key, value] of Object.entries(values)) {
      if (value === undefined) continue;
      const tag = Tags[key as keyof typeof Tags];
      if (typeof value === 'string') ds.setString(tag, key === 'NumberOfFrames' ? 'IS' : 'CS', value);
      else ds.setUint16(tag, value);
    }
    return ds;
  }
  const valid = {
    Rows: 4,
    Columns: 6,
    BitsAllocated: 16,
    BitsStored: 12,
    HighBit: 11,
    PixelRepresentation: 1,
    SamplesPerPixel: 1,
    PhotometricInterpretation: 'MONOCHROME2',
    NumberOfFrames: '3',
  };

  it('reads the image pixel module', () => {
    expect(describeImagePixels(dataset(valid))).toEqual({
      rows: 4,
      columns: 6,
      samplesPerPixel: 1,
      bitsAllocated: 16,
      bitsStored: 12,
      highBit: 11,
      pixelRepresentation: 1,
      planarConfiguration: 0,
      photometricInterpretation: 'MONOCHROME2',
      numberOfFrames: 3,
    });
  });

  it.each<[string, Record<string, number | string | undefined>, string]>([
    ['missing Rows', { ...valid, Rows: undefined }, 'MISSING_ATTRIBUTE'],
    ['Bits Stored above Bits Allocated', { ...valid, BitsStored: 17, HighBit: 16 }, 'INVALID_ATTRIBUTE'],
    ['High Bit outside the allocation', { ...valid, HighBit: 16 }, 'INVALID_ATTRIBUTE'],
    ['12 Bits Allocated', { ...valid, BitsAllocated: 12, BitsStored: 12 }, 'INVALID_ATTRIBUTE'],
    ['RGB with one sample', { ...valid, PhotometricInterpretation: 'RGB' }, 'INVALID_ATTRIBUTE'],
    [
      'an unknown photometric interpretation',
      { ...valid, PhotometricInterpretation: 'CMYK' },
      'INVALID_ATTRIBUTE',
    ],
    ['zero frames', { ...valid, NumberOfFrames: '0' }, 'INVALID_ATTRIBUTE'],
    ['zero columns', { ...valid, Columns: 0 }, 'INVALID_ATTRIBUTE'],
  ])('refuses %s', (_title, values, code) => {
    expect(() => describeImagePixels(dataset(values))).toThrow(expect.objectContaining({ code }));
  });
});
