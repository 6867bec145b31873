import fc from 'fast-check';
import { Context, NativeCodecs } from 'dcmjs-codecs';
import { decodedFrameByteLength, type ImagePixelDescription } from './image-pixel-description';
import { decodeRleFrame, encodeRleFrame } from './rle-codec';

function description(
  rows: number,
  columns: number,
  samplesPerPixel: number,
  bitsAllocated: number,
): ImagePixelDescription {
  return {
    rows,
    columns,
    samplesPerPixel,
    bitsAllocated,
    bitsStored: bitsAllocated,
    highBit: bitsAllocated - 1,
    pixelRepresentation: 0,
    planarConfiguration: 0,
    photometricInterpretation: samplesPerPixel === 3 ? 'RGB' : 'MONOCHROME2',
    numberOfFrames: 1,
  };
}

// Frames mixing long runs and noise, so both PackBits forms and row boundaries get exercised.
const frameCase = fc
  .record({
    rows: fc.integer({ min: 1, max: 24 }),
    columns: fc.integer({ min: 1, max: 300 }),
    samples: fc.constantFrom(1, 3),
    bits: fc.constantFrom(8, 16, 32),
    seed: fc.integer(),
    runs: fc.boolean(),
  })
  .map(({ rows, columns, samples, bits, seed, runs }) => {
    const desc = description(rows, columns, samples, bits);
    const frame = new Uint8Array(decodedFrameByteLength(desc));
    let state = seed >>> 0 || 1;
    for (let i = 0; i < frame.length; i++) {
      state = (state * 1103515245 + 12345) >>> 0;
      frame[i] = runs && state % 7 !== 0 ? (i >> 6) & 0xff : state >>> 24;
    }
    return { desc, frame };
  });

describe('RLE Lossless codec', () => {
  beforeAll(() => NativeCodecs.initializeAsync());

  it('decodes what it encodes, for every sample layout and byte depth', () => {
    fc.assert(
      fc.property(frameCase, ({ desc, frame }) => {
        const encoded = encodeRleFrame(frame, desc);
        expect(encoded.byteLength % 2).toBe(0);
        expect(Buffer.from(decodeRleFrame(encoded, desc)).equals(Buffer.from(frame))).toBe(true);
      }),
      { numRuns: 150, seed: 20260522 },
    );
  });

  it('writes streams an independent decoder (dcmjs-codecs) reads back identically', () => {
    fc.assert(
      fc.property(frameCase, ({ desc, frame }) => {
        const context = new Context({
          width: desc.columns,
          height: desc.rows,
          bitsAllocated: desc.bitsAllocated,
          bitsStored: desc.bitsStored,
          samplesPerPixel: desc.samplesPerPixel,
          pixelRepresentation: 0,
          planarConfiguration: 0,
          photometricInterpretation: desc.photometricInterpretation,
          encodedBuffer: encodeRleFrame(frame, desc),
        });
        const decoded = NativeCodecs.decodeRle(context, {}).getDecodedBuffer();
        expect(decoded && Buffer.from(decoded).equals(Buffer.from(frame))).toBe(true);
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  it('compresses runs: a flat 512x512 16-bit frame is four 2-byte runs per row and byte plane', () => {
    const desc = description(512, 512, 1, 16);
    const encoded = encodeRleFrame(new Uint8Array(decodedFrameByteLength(desc)), desc);
    expect(encoded.byteLength).toBe(64 + 2 * 512 * 4 * 2);
  });

  it('never packs a row across a row boundary', () => {
    // Two rows of one repeated byte: a stream packed across rows would hold a single run.
    const desc = description(2, 4, 1, 8);
    const encoded = encodeRleFrame(new Uint8Array(8).fill(9), desc);
    expect(Array.from(encoded.subarray(64, 68))).toEqual([253, 9, 253, 9]);
  });

  it.each<[string, (bytes: Uint8Array) => Uint8Array]>([
    ['a header shorter than 64 bytes', (bytes) => bytes.subarray(0, 40)],
    [
      'a wrong segment count',
      (bytes) => {
        const copy = bytes.slice();
        copy[0] = 2;
        return copy;
      },
    ],
    [
      'a segment offset inside the header',
      (bytes) => {
        const copy = bytes.slice();
        copy[4] = 8;
        return copy;
      },
    ],
    ['a segment cut short', (bytes) => bytes.subarray(0, 70)],
  ])('refuses %s', (_title, damage) => {
    const desc = description(8, 8, 1, 8);
    const frame = Uint8Array.from({ length: 64 }, (_, i) => (i * 37) & 0xff);
    expect(() => decodeRleFrame(damage(encodeRleFrame(frame, desc)), desc)).toThrow(
      expect.objectContaining({ code: 'CODEC_FAILED' }),
    );
  });
});
