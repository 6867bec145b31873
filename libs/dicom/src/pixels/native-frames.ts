import type { VR } from '../vr';
import { nativeFrameByteLength, pixelsPerFrame, type ImagePixelDescription } from './image-pixel-description';
import { PixelDataError } from './pixel-data-error';

/**
 * Splits native (uncompressed) pixel data into frames in little-endian byte order. Little-endian
 * frames are views into `bytes` (nothing is copied); big-endian data is byte-swapped into a copy.
 * Single-bit frames that do not start on a byte boundary are shifted into their own buffers.
 */
export function splitNativeFrames(
  bytes: Uint8Array,
  vr: VR,
  description: ImagePixelDescription,
  littleEndian: boolean,
): Uint8Array[] {
  const frameCount = description.numberOfFrames;
  if (description.bitsAllocated === 1) return splitBitFrames(bytes, description);

  const frameLength = nativeFrameByteLength(description);
  const needed = frameLength * frameCount;
  if (bytes.byteLength < needed) {
    throw new PixelDataError(
      'TRUNCATED',
      `pixel data holds ${bytes.byteLength} bytes, ${needed} expected for ${frameCount} frame(s)`,
    );
  }
  let source = bytes.subarray(0, needed);
  if (!littleEndian && vr !== 'OB') {
    // OW in big endian swaps 16-bit words even when pixels are bytes; wider pixels swap by their size.
    source = swapBytes(source, Math.max(2, description.bitsAllocated / 8));
  }
  const frames: Uint8Array[] = [];
  for (let i = 0; i < frameCount; i++) frames.push(source.subarray(i * frameLength, (i + 1) * frameLength));
  return frames;
}

function splitBitFrames(bytes: Uint8Array, description: ImagePixelDescription): Uint8Array[] {
  const bitsPerFrame = pixelsPerFrame(description);
  const neededBytes = Math.ceil((bitsPerFrame * description.numberOfFrames) / 8);
  if (bytes.byteLength < neededBytes) {
    throw new PixelDataError(
      'TRUNCATED',
      `pixel data holds ${bytes.byteLength} bytes, ${neededBytes} expected`,
    );
  }
  const frameBytes = Math.ceil(bitsPerFrame / 8);
  const frames: Uint8Array[] = [];
  for (let i = 0; i < description.numberOfFrames; i++) {
    const startBit = i * bitsPerFrame;
    if (startBit % 8 === 0) {
      frames.push(bytes.subarray(startBit / 8, startBit / 8 + frameBytes));
      continue;
    }
    // Frames of single-bit data follow each other without padding (PS3.5 8.1.1): shift into place.
    const frame = new Uint8Array(frameBytes);
    const shift = startBit % 8;
    let at = Math.floor(startBit / 8);
    for (let j = 0; j < frameBytes; j++, at++) {
      const low = (bytes[at] ?? 0) >>> shift;
      const high = ((bytes[at + 1] ?? 0) << (8 - shift)) & 0xff;
      frame[j] = low | high;
    }
    frames.push(frame);
  }
  return frames;
}

/** Joins little-endian frames into one native Pixel Data value, padded to even length. */
export function joinNativeFrames(
  frames: readonly Uint8Array[],
  description: ImagePixelDescription,
): Uint8Array {
  if (description.bitsAllocated === 1) return joinBitFrames(frames, pixelsPerFrame(description));
  const total = frames.reduce((sum, frame) => sum + frame.byteLength, 0);
  const out = new Uint8Array(total + (total % 2));
  let offset = 0;
  for (const frame of frames) {
    out.set(frame, offset);
    offset += frame.byteLength;
  }
  return out;
}

function joinBitFrames(frames: readonly Uint8Array[], bitsPerFrame: number): Uint8Array {
  const totalBytes = Math.ceil((bitsPerFrame * frames.length) / 8);
  const out = new Uint8Array(totalBytes + (totalBytes % 2));
  frames.forEach((frame, index) => {
    const startBit = index * bitsPerFrame;
    if (startBit % 8 === 0) {
      // Only this frame's bits: the last byte may hold bits a later frame will OR in.
      const whole = Math.floor(bitsPerFrame / 8);
      out.set(frame.subarray(0, whole), startBit / 8);
      const rest = bitsPerFrame % 8;
      if (rest > 0) out[startBit / 8 + whole] = (frame[whole] ?? 0) & ((1 << rest) - 1);
      return;
    }
    for (let bit = 0; bit < bitsPerFrame; bit++) {
      if (((frame[bit >>> 3] ?? 0) >>> (bit & 7)) & 1) {
        const target = startBit + bit;
        out[target >>> 3] = (out[target >>> 3] ?? 0) | (1 << (target & 7));
      }
    }
  });
  return out;
}

/** A copy of `bytes` with every `width`-byte word reversed (big endian ↔ little endian). */
export function swapBytes(bytes: Uint8Array, width: number): Uint8Array {
  const out = new Uint8Array(bytes.byteLength);
  const whole = bytes.byteLength - (bytes.byteLength % width);
  for (let i = 0; i < whole; i += width) {
    for (let j = 0; j < width; j++) out[i + j] = bytes[i + width - 1 - j] as number;
  }
  out.set(bytes.subarray(whole), whole);
  return out;
}

/**
 * Expands one native YBR_FULL_422 frame (Y1 Y2 Cb Cr per pixel pair, 8 bits) to YBR_FULL, one
 * triplet per pixel: the same values, no colour arithmetic, so nothing is lost.
 */
export function expandYbrFull422(frame: Uint8Array, description: ImagePixelDescription): Uint8Array {
  if (description.bitsAllocated !== 8 || description.columns % 2 !== 0) {
    throw new PixelDataError(
      'INVALID_ATTRIBUTE',
      'YBR_FULL_422 needs 8-bit samples and an even number of columns',
    );
  }
  const pixels = pixelsPerFrame(description);
  const out = new Uint8Array(pixels * 3);
  for (let pair = 0, i = 0, o = 0; pair < pixels / 2; pair++, i += 4, o += 6) {
    const cb = frame[i + 2] as number;
    const cr = frame[i + 3] as number;
    out[o] = frame[i] as number;
    out[o + 1] = cb;
    out[o + 2] = cr;
    out[o + 3] = frame[i + 1] as number;
    out[o + 4] = cb;
    out[o + 5] = cr;
  }
  return out;
}
