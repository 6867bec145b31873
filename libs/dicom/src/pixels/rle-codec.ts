import {
  decodedFrameByteLength,
  pixelsPerFrame,
  type ImagePixelDescription,
} from './image-pixel-description';
import { PixelDataError } from './pixel-data-error';

// RLE Lossless (PS3.5 Annex G): a 64-byte header of 16 little-endian uint32 (segment count, then up
// to 15 segment offsets), then one PackBits segment per byte plane: for each sample, its most
// significant byte first.

const HEADER_LENGTH = 64;
const MAX_SEGMENTS = 15;

function segmentLayout(description: ImagePixelDescription): { bytesPerSample: number; segments: number } {
  const { bitsAllocated, samplesPerPixel } = description;
  if (bitsAllocated !== 8 && bitsAllocated !== 16 && bitsAllocated !== 32) {
    throw new PixelDataError('INVALID_ATTRIBUTE', `RLE does not support Bits Allocated ${bitsAllocated}`);
  }
  const bytesPerSample = bitsAllocated / 8;
  const segments = bytesPerSample * samplesPerPixel;
  if (segments > MAX_SEGMENTS)
    throw new PixelDataError('INVALID_ATTRIBUTE', `RLE cannot hold ${segments} byte planes`);
  return { bytesPerSample, segments };
}

/** Decodes one RLE frame into little-endian samples interleaved per pixel (Planar Configuration 0). */
export function decodeRleFrame(encoded: Uint8Array, description: ImagePixelDescription): Uint8Array {
  const { bytesPerSample, segments } = segmentLayout(description);
  if (encoded.byteLength < HEADER_LENGTH)
    throw new PixelDataError('CODEC_FAILED', 'RLE frame is shorter than its header');
  const view = new DataView(encoded.buffer, encoded.byteOffset, HEADER_LENGTH);
  const declared = view.getUint32(0, true);
  if (declared !== segments) {
    throw new PixelDataError('CODEC_FAILED', `RLE frame has ${declared} segments, ${segments} expected`);
  }
  const offsets: number[] = [];
  for (let i = 0; i < segments; i++) offsets.push(view.getUint32(4 + 4 * i, true));
  offsets.push(encoded.byteLength);

  const pixels = pixelsPerFrame(description);
  const samples = description.samplesPerPixel;
  const out = new Uint8Array(decodedFrameByteLength(description));
  const plane = new Uint8Array(pixels);
  for (let segment = 0; segment < segments; segment++) {
    const start = offsets[segment] as number;
    const end = Math.min(offsets[segment + 1] as number, encoded.byteLength);
    if (start < HEADER_LENGTH || start > end)
      throw new PixelDataError('CODEC_FAILED', `RLE segment ${segment + 1} has a bad offset`);
    const produced = unpackBits(encoded, start, end, plane);
    if (produced < pixels) {
      throw new PixelDataError(
        'CODEC_FAILED',
        `RLE segment ${segment + 1} decodes to ${produced} of ${pixels} bytes`,
      );
    }
    const sample = Math.floor(segment / bytesPerSample);
    // Segment 0 of a sample is its most significant byte, which sits last in little endian.
    const byteInSample = bytesPerSample - 1 - (segment % bytesPerSample);
    const stride = samples * bytesPerSample;
    for (let p = 0, o = sample * bytesPerSample + byteInSample; p < pixels; p++, o += stride)
      out[o] = plane[p] as number;
  }
  return out;
}

/** PackBits: returns how many bytes were written to `target` (never more than its length). */
function unpackBits(source: Uint8Array, start: number, end: number, target: Uint8Array): number {
  let i = start;
  let o = 0;
  const limit = target.length;
  while (o < limit && i < end) {
    const header = source[i++] as number;
    if (header < 128) {
      const count = Math.min(header + 1, end - i, limit - o);
      target.set(source.subarray(i, i + count), o);
      i += header + 1;
      o += count;
    } else if (header > 128) {
      if (i >= end) break;
      const count = Math.min(257 - header, limit - o);
      target.fill(source[i++] as number, o, o + count);
      o += count;
    }
    // 128 is a no-op by definition.
  }
  return o;
}

/** Encodes one frame (little-endian, Planar Configuration 0) as RLE Lossless, each row packed separately. */
export function encodeRleFrame(frame: Uint8Array, description: ImagePixelDescription): Uint8Array {
  const { bytesPerSample, segments } = segmentLayout(description);
  const { rows, columns, samplesPerPixel } = description;
  const pixels = pixelsPerFrame(description);
  if (frame.byteLength < decodedFrameByteLength(description)) {
    throw new PixelDataError('TRUNCATED', 'frame is shorter than its description');
  }
  const stride = samplesPerPixel * bytesPerSample;
  const encodedSegments: Uint8Array[] = [];
  const plane = new Uint8Array(pixels);
  for (let segment = 0; segment < segments; segment++) {
    const sample = Math.floor(segment / bytesPerSample);
    const byteInSample = bytesPerSample - 1 - (segment % bytesPerSample);
    for (let p = 0, o = sample * bytesPerSample + byteInSample; p < pixels; p++, o += stride)
      plane[p] = frame[o] as number;
    const packed = new PackBitsWriter(pixels + rows * Math.ceil(columns / 128) + 2);
    for (let row = 0; row < rows; row++) packed.writeRow(plane, row * columns, (row + 1) * columns);
    encodedSegments.push(packed.result());
  }

  const total = HEADER_LENGTH + encodedSegments.reduce((sum, s) => sum + s.byteLength, 0);
  const out = new Uint8Array(total);
  const header = new DataView(out.buffer);
  header.setUint32(0, segments, true);
  let offset = HEADER_LENGTH;
  encodedSegments.forEach((segmentBytes, i) => {
    header.setUint32(4 + 4 * i, offset, true);
    out.set(segmentBytes, offset);
    offset += segmentBytes.byteLength;
  });
  return out;
}

class PackBitsWriter {
  private readonly buffer: Uint8Array;
  private length = 0;

  constructor(capacity: number) {
    this.buffer = new Uint8Array(capacity);
  }

  writeRow(source: Uint8Array, start: number, end: number): void {
    let i = start;
    while (i < end) {
      const run = runLength(source, i, end);
      if (run >= 3) {
        this.buffer[this.length++] = 257 - run;
        this.buffer[this.length++] = source[i] as number;
        i += run;
        continue;
      }
      // A literal stretch lasts until a run of three starts or 128 bytes are collected.
      let literalEnd = i;
      while (literalEnd < end && literalEnd - i < 128 && runLength(source, literalEnd, end) < 3) literalEnd++;
      if (literalEnd === i) literalEnd = i + 1;
      this.buffer[this.length++] = literalEnd - i - 1;
      this.buffer.set(source.subarray(i, literalEnd), this.length);
      this.length += literalEnd - i;
      i = literalEnd;
    }
  }

  /** The packed bytes, padded to even length as segments must be. */
  result(): Uint8Array {
    if (this.length % 2 === 1) this.buffer[this.length++] = 0;
    return this.buffer.slice(0, this.length);
  }
}

function runLength(source: Uint8Array, at: number, end: number): number {
  const value = source[at];
  let n = 1;
  while (at + n < end && n < 128 && source[at + n] === value) n++;
  return n;
}
