import type { ImagePixelDescription } from './image-pixel-description';
import { PixelDataError } from './pixel-data-error';

/** The image geometry a compressed codestream declares in its own header. */
export interface CodestreamGeometry {
  readonly width: number;
  readonly height: number;
  readonly components: number;
  readonly precision: number;
}

/**
 * Reads the frame header of a JPEG (SOFn), JPEG-LS (SOF55) or JPEG 2000 / HTJ2K (SIZ, bare or in a
 * JP2 box) codestream without decoding it.
 */
export function readCodestreamGeometry(
  codestream: Uint8Array,
  family: 'jpeg' | 'jpeg-2000',
): CodestreamGeometry {
  return family === 'jpeg' ? readJpegFrameHeader(codestream) : readJ2kSize(codestream);
}

/**
 * Refuses a codestream whose header disagrees with the dataset: the decoders size their output from
 * the codestream, so this check is what keeps a crafted header from allocating a huge image.
 */
export function checkCodestreamGeometry(
  codestream: Uint8Array,
  family: 'jpeg' | 'jpeg-2000',
  description: ImagePixelDescription,
): void {
  const geometry = readCodestreamGeometry(codestream, family);
  if (geometry.width !== description.columns || geometry.height !== description.rows) {
    throw new PixelDataError(
      'CODEC_FAILED',
      `codestream declares ${geometry.width}x${geometry.height}, the dataset ${description.columns}x${description.rows}`,
    );
  }
  if (geometry.components !== description.samplesPerPixel) {
    throw new PixelDataError(
      'CODEC_FAILED',
      `codestream declares ${geometry.components} components, the dataset ${description.samplesPerPixel} samples`,
    );
  }
  if (geometry.precision > description.bitsAllocated) {
    throw new PixelDataError(
      'CODEC_FAILED',
      `codestream precision ${geometry.precision} exceeds Bits Allocated ${description.bitsAllocated}`,
    );
  }
}

/**
 * Refuses a codestream that stops before its end marker (EOI for JPEG and JPEG-LS, EOC for JPEG 2000,
 * both FF D9, which coded data cannot contain). Encoders pad after it (00, FF, space, stray bytes),
 * so it is looked for in the last 16 bytes. Decoders would otherwise fill a missing part and report
 * success, and damaged streams are also what sends them into long loops.
 */
export function checkCodestreamEnd(codestream: Uint8Array): void {
  for (let i = codestream.byteLength - 2; i >= 0 && i >= codestream.byteLength - 16; i--) {
    if (codestream[i] === 0xff && codestream[i + 1] === 0xd9) return;
  }
  throw new PixelDataError(
    'CODEC_FAILED',
    'codestream ends without its end-of-image marker (truncated or damaged)',
  );
}

function readJpegFrameHeader(bytes: Uint8Array): CodestreamGeometry {
  const fail = (why: string): never => {
    throw new PixelDataError('CODEC_FAILED', `JPEG codestream ${why}`);
  };
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) fail('does not start with SOI');
  let at = 2;
  while (at + 4 <= bytes.byteLength) {
    if (bytes[at] !== 0xff) fail('has a malformed marker segment');
    const marker = bytes[at + 1] as number;
    if (marker === 0xff) {
      at++; // fill byte
      continue;
    }
    const length = ((bytes[at + 2] as number) << 8) | (bytes[at + 3] as number);
    if (length < 2) fail('has a marker segment with a bad length');
    const isFrameHeader =
      (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) ||
      marker === 0xf7;
    if (isFrameHeader) {
      if (at + 10 > bytes.byteLength) break;
      const height = ((bytes[at + 5] as number) << 8) | (bytes[at + 6] as number);
      const width = ((bytes[at + 7] as number) << 8) | (bytes[at + 8] as number);
      if (height === 0) fail('leaves its height to a DNL marker, which is not supported');
      return { precision: bytes[at + 4] as number, height, width, components: bytes[at + 9] as number };
    }
    if (marker === 0xda) fail('starts a scan before its frame header');
    at += 2 + length;
  }
  return fail('has no frame header');
}

function readJ2kSize(bytes: Uint8Array): CodestreamGeometry {
  const codestream = isJp2(bytes) ? findContiguousCodestream(bytes) : bytes;
  const fail = (why: string): never => {
    throw new PixelDataError('CODEC_FAILED', `JPEG 2000 codestream ${why}`);
  };
  if (codestream.byteLength < 42) fail('is too short');
  const view = new DataView(codestream.buffer, codestream.byteOffset, codestream.byteLength);
  if (view.getUint16(0) !== 0xff4f || view.getUint16(2) !== 0xff51) fail('does not start with SOC and SIZ');
  const xsiz = view.getUint32(8);
  const ysiz = view.getUint32(12);
  const xosiz = view.getUint32(16);
  const yosiz = view.getUint32(20);
  const components = view.getUint16(40);
  if (xosiz > xsiz || yosiz > ysiz || components === 0 || codestream.byteLength < 42 + 3 * components)
    fail('has an invalid SIZ');
  let precision = 0;
  for (let c = 0; c < components; c++)
    precision = Math.max(precision, ((codestream[42 + 3 * c] as number) & 0x7f) + 1);
  return { width: xsiz - xosiz, height: ysiz - yosiz, components, precision };
}

function isJp2(bytes: Uint8Array): boolean {
  return (
    bytes.byteLength >= 12 &&
    bytes[3] === 0x0c &&
    bytes[4] === 0x6a &&
    bytes[5] === 0x50 &&
    bytes[6] === 0x20 &&
    bytes[7] === 0x20
  );
}

function findContiguousCodestream(bytes: Uint8Array): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  while (at + 8 <= bytes.byteLength) {
    let length = view.getUint32(at);
    const type = view.getUint32(at + 4);
    let header = 8;
    if (length === 1) {
      if (at + 16 > bytes.byteLength) break;
      length = Number(view.getBigUint64(at + 8));
      header = 16;
    } else if (length === 0) {
      length = bytes.byteLength - at;
    }
    if (type === 0x6a703263) return bytes.subarray(at + header, Math.min(bytes.byteLength, at + length));
    if (length < header) break;
    at += length;
  }
  throw new PixelDataError('CODEC_FAILED', 'JP2 file has no codestream box');
}
