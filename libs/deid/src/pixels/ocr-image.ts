import type { ImagePixelDescription } from '@lattice/dicom';
import type { OcrImage } from './ocr-engine';
import { paletteLuma, type Palette } from './palette-darkest';

// Builds what OCR reads from a decoded frame: 8-bit luma, stretched to the full range, with dark
// text on a light background (scanners draw light text on dark; Tesseract reads the opposite best),
// enlarged so small overlay fonts reach the glyph size Tesseract is trained on.

/** Converts one decoded little-endian frame to an OCR image, enlarged `scale` times. */
export function ocrImageFromFrame(
  frame: Uint8Array,
  description: ImagePixelDescription,
  palette: Palette | undefined,
  scale: number,
): OcrImage {
  const luma = lumaOf(frame, description, palette);
  stretchAndOrient(luma, description.photometricInterpretation === 'MONOCHROME1');
  return enlarge({ width: description.columns, height: description.rows, gray: luma }, scale);
}

function lumaOf(
  frame: Uint8Array,
  description: ImagePixelDescription,
  palette: Palette | undefined,
): Float32Array {
  const { rows, columns, samplesPerPixel, planarConfiguration, photometricInterpretation } = description;
  const pixels = rows * columns;
  const values = storedValues(frame, description);
  const luma = new Float32Array(pixels);
  if (samplesPerPixel === 3) {
    const ybr = photometricInterpretation.startsWith('YBR');
    const step = planarConfiguration === 1 ? 1 : 3;
    const plane = planarConfiguration === 1 ? pixels : 1;
    for (let p = 0, r = 0; p < pixels; p++, r += step) {
      const red = values[r] as number;
      luma[p] = ybr
        ? red
        : 0.299 * red + 0.587 * (values[r + plane] as number) + 0.114 * (values[r + 2 * plane] as number);
    }
    return luma;
  }
  if (photometricInterpretation === 'PALETTE COLOR' && palette) {
    const last = palette.red.length - 1;
    for (let p = 0; p < pixels; p++) {
      let entry = (values[p] as number) - palette.firstMapped;
      entry = entry < 0 ? 0 : entry > last ? last : entry;
      luma[p] = paletteLuma(palette, entry);
    }
    return luma;
  }
  for (let p = 0; p < pixels; p++) luma[p] = values[p] as number;
  return luma;
}

/** The stored value of every sample (Bits Stored field, sign applied). */
function storedValues(frame: Uint8Array, description: ImagePixelDescription): Float64Array {
  const { bitsAllocated, bitsStored, highBit, pixelRepresentation, rows, columns, samplesPerPixel } =
    description;
  const count = rows * columns * samplesPerPixel;
  const out = new Float64Array(count);
  if (bitsAllocated === 1) {
    for (let i = 0; i < count; i++) out[i] = ((frame[i >>> 3] as number) >>> (i & 7)) & 1;
    return out;
  }
  const bytes = bitsAllocated / 8;
  const lowBit = highBit - bitsStored + 1;
  const range = 2 ** bitsStored;
  const mask = bitsStored === 32 ? 0xffffffff : range - 1;
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  for (let i = 0; i < count; i++) {
    const raw =
      bytes === 1
        ? (frame[i] as number)
        : bytes === 2
          ? view.getUint16(i * 2, true)
          : view.getUint32(i * 4, true);
    let value = ((raw >>> lowBit) & mask) >>> 0;
    if (pixelRepresentation === 1 && value >= range / 2) value -= range;
    out[i] = value;
  }
  return out;
}

function stretchAndOrient(luma: Float32Array, inverted: boolean): void {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const value of luma) {
    if (value < min) min = value;
    if (value > max) max = value;
  }
  const span = max > min ? max - min : 1;
  let sum = 0;
  for (let i = 0; i < luma.length; i++) {
    let v = (255 * ((luma[i] as number) - min)) / span;
    if (inverted) v = 255 - v;
    luma[i] = v;
    sum += v;
  }
  // Mostly dark pictures (the usual case) are flipped so text ends up dark on light.
  if (sum / luma.length < 128) for (let i = 0; i < luma.length; i++) luma[i] = 255 - (luma[i] as number);
}

/** Bilinear enlargement: smooth strokes read better than the blocky ones pixel repetition gives. */
function enlarge(image: { width: number; height: number; gray: Float32Array }, scale: number): OcrImage {
  const { width: w, height: h, gray: source } = image;
  const width = w * scale;
  const height = h * scale;
  const gray = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) {
    const fy = (y + 0.5) / scale - 0.5;
    const y0 = fy <= 0 ? 0 : fy | 0;
    const y1 = y0 + 1 < h ? y0 + 1 : y0;
    const wy = fy <= y0 ? 0 : fy - y0;
    for (let x = 0; x < width; x++) {
      const fx = (x + 0.5) / scale - 0.5;
      const x0 = fx <= 0 ? 0 : fx | 0;
      const x1 = x0 + 1 < w ? x0 + 1 : x0;
      const wx = fx <= x0 ? 0 : fx - x0;
      const top = (source[y0 * w + x0] as number) * (1 - wx) + (source[y0 * w + x1] as number) * wx;
      const bottom = (source[y1 * w + x0] as number) * (1 - wx) + (source[y1 * w + x1] as number) * wx;
      gray[y * width + x] = top * (1 - wy) + bottom * wy + 0.5;
    }
  }
  return { width, height, gray };
}
