/** How one slice's stored values relate to Hounsfield units, and what lies outside the scan field. */
export interface CtPixelEncoding {
  readonly signed: boolean;
  readonly bitsStored: number;
  /** Stored value = (HU - rescaleIntercept) / rescaleSlope. */
  readonly rescaleIntercept: number;
  readonly rescaleSlope: number;
  /** Stored value outside the circular reconstruction field, or undefined for plain air. */
  readonly paddingValue?: number;
}

/** Where a slice sits and how large its pixels are. */
export interface CtSliceGeometry {
  readonly rows: number;
  readonly columns: number;
  /** Millimetres per pixel (square pixels). */
  readonly pixelSpacing: number;
  /** 0 at the first slice (upper chest) to 1 at the last (pelvis). */
  readonly position: number;
  /** Seeds the noise, so each slice differs and every run gives the same pixels. */
  readonly noiseSeed: number;
}

interface Ellipse {
  readonly x: number;
  readonly y: number;
  readonly rx: number;
  readonly ry: number;
  readonly hu: number;
}

const AIR = -1000;

/** A smooth bump: 1 in the middle of [from, to], fading to 0 at its ends, 0 outside. */
function presence(position: number, from: number, to: number): number {
  if (position <= from || position >= to) return 0;
  return Math.sin((Math.PI * (position - from)) / (to - from));
}

// A torso in millimetres, patient's right on the image's left, anterior up: body, lungs, heart, liver,
// kidneys, aorta and a vertebra, sized by where the slice sits between chest and pelvis.
function anatomy(position: number): Ellipse[] {
  const shapes: Ellipse[] = [];
  const bodyWidth = 165 - 15 * presence(position, 0.3, 1.2);
  shapes.push({ x: 0, y: 0, rx: bodyWidth, ry: 112, hu: 40 });
  shapes.push({ x: 0, y: 0, rx: bodyWidth - 14, ry: 98, hu: -90 });
  shapes.push({ x: 0, y: 0, rx: bodyWidth - 22, ry: 88, hu: 35 });
  const lungs = presence(position, -0.3, 0.5);
  if (lungs > 0.05) {
    shapes.push({ x: -72, y: -8, rx: 52 * lungs + 8, ry: 70 * lungs + 8, hu: -840 });
    shapes.push({ x: 72, y: -8, rx: 50 * lungs + 8, ry: 70 * lungs + 8, hu: -850 });
  }
  const heart = presence(position, 0.12, 0.48);
  if (heart > 0.05) shapes.push({ x: 22, y: -28, rx: 48 * heart, ry: 40 * heart, hu: 48 });
  const liver = presence(position, 0.38, 0.78);
  if (liver > 0.05) shapes.push({ x: -55, y: 5, rx: 75 * liver, ry: 62 * liver, hu: 62 });
  const kidneys = presence(position, 0.55, 0.85);
  if (kidneys > 0.05) {
    shapes.push({ x: -62, y: 42, rx: 24 * kidneys, ry: 34 * kidneys, hu: 150 });
    shapes.push({ x: 62, y: 42, rx: 24 * kidneys, ry: 34 * kidneys, hu: 150 });
  }
  shapes.push({ x: 0, y: 30, rx: 11, ry: 11, hu: 190 });
  shapes.push({ x: 0, y: 62, rx: 20, ry: 17, hu: 850 });
  shapes.push({ x: 0, y: 62, rx: 15, ry: 12, hu: 260 });
  return shapes;
}

/** Converts Hounsfield units to stored values, clamped to what Bits Stored can hold. */
function storedValueConverter(encoding: CtPixelEncoding): (hu: number) => number {
  const half = 2 ** (encoding.bitsStored - 1);
  const max = encoding.signed ? half - 1 : 2 * half - 1;
  const min = encoding.signed ? -half : 0;
  const { rescaleIntercept, rescaleSlope } = encoding;
  return (hu) => Math.min(max, Math.max(min, Math.round((hu - rescaleIntercept) / rescaleSlope)));
}

/**
 * One 16-bit CT slice of a torso phantom (ellipses in Hounsfield units with a little noise), little endian,
 * as the Pixel Data value.
 */
export function ctPhantomSlice(geometry: CtSliceGeometry, encoding: CtPixelEncoding): Uint8Array {
  const { rows, columns, pixelSpacing } = geometry;
  const hu = new Int16Array(rows * columns).fill(AIR);
  for (const shape of anatomy(geometry.position)) {
    for (let row = 0; row < rows; row += 1) {
      const y = (row - rows / 2 + 0.5) * pixelSpacing - shape.y;
      if (Math.abs(y) >= shape.ry) continue;
      const half = shape.rx * Math.sqrt(1 - (y / shape.ry) ** 2);
      const first = Math.max(0, Math.ceil((shape.x - half) / pixelSpacing + columns / 2 - 0.5));
      const last = Math.min(columns - 1, Math.floor((shape.x + half) / pixelSpacing + columns / 2 - 0.5));
      if (last >= first) hu.fill(shape.hu, row * columns + first, row * columns + last + 1);
    }
  }

  const bytes = new Uint8Array(rows * columns * 2);
  const view = new DataView(bytes.buffer);
  const stored = storedValueConverter(encoding);
  const radius = Math.min(rows, columns) / 2;
  let noise = geometry.noiseSeed >>> 0 || 1;
  for (let row = 0; row < rows; row += 1) {
    const dy = row - rows / 2 + 0.5;
    for (let column = 0; column < columns; column += 1) {
      const index = row * columns + column;
      const dx = column - columns / 2 + 0.5;
      let value: number;
      if (encoding.paddingValue !== undefined && dx * dx + dy * dy > radius * radius) {
        value = encoding.paddingValue;
      } else {
        // xorshift32: two bytes of it make a small triangular noise of about ±12 HU.
        noise ^= noise << 13;
        noise ^= noise >>> 17;
        noise ^= noise << 5;
        const jitter = ((noise & 0xff) + ((noise >>> 8) & 0xff) - 255) / 10;
        value = stored((hu[index] as number) + jitter);
      }
      if (encoding.signed) view.setInt16(index * 2, value, true);
      else view.setUint16(index * 2, value, true);
    }
  }
  return bytes;
}
