import { PixelTags, type DicomDataset } from '@lattice/dicom';

/** The red, green and blue palette lookup tables of a PALETTE COLOR image. */
export interface Palette {
  /** The stored pixel value mapped to the first entry. */
  readonly firstMapped: number;
  readonly red: ArrayLike<number>;
  readonly green: ArrayLike<number>;
  readonly blue: ArrayLike<number>;
  /** Largest value an entry can hold (255 or 65535). */
  readonly maxEntry: number;
}

/** Reads the palette, or undefined when the tables are missing or segmented. */
export function readPalette(dataset: DicomDataset): Palette | undefined {
  const red = readLut(
    dataset,
    PixelTags.RedPaletteColorLookupTableDescriptor,
    PixelTags.RedPaletteColorLookupTableData,
  );
  const green = readLut(
    dataset,
    PixelTags.GreenPaletteColorLookupTableDescriptor,
    PixelTags.GreenPaletteColorLookupTableData,
  );
  const blue = readLut(
    dataset,
    PixelTags.BluePaletteColorLookupTableDescriptor,
    PixelTags.BluePaletteColorLookupTableData,
  );
  if (!red || !green || !blue) return undefined;
  return {
    firstMapped: red.firstMapped,
    red: red.values,
    green: green.values,
    blue: blue.values,
    maxEntry: red.bits > 8 ? 65535 : 255,
  };
}

/**
 * The palette index that displays darkest (lowest luma). Without readable tables it falls back to
 * the first mapped value: a blanked region is then a flat colour that still hides the text.
 */
export function darkestPaletteIndex(dataset: DicomDataset): number {
  const palette = readPalette(dataset);
  if (!palette)
    return descriptorOf(dataset, PixelTags.RedPaletteColorLookupTableDescriptor)?.firstMapped ?? 0;
  const count = Math.min(palette.red.length, palette.green.length, palette.blue.length);
  let best = 0;
  let bestLuma = Number.POSITIVE_INFINITY;
  for (let i = 0; i < count; i++) {
    const luma = paletteLuma(palette, i);
    if (luma < bestLuma) {
      bestLuma = luma;
      best = i;
    }
  }
  return palette.firstMapped + best;
}

/** Luma of one palette entry, 0–1000 × the entry range. */
export function paletteLuma(palette: Palette, entry: number): number {
  return (
    299 * (palette.red[entry] as number) +
    587 * (palette.green[entry] as number) +
    114 * (palette.blue[entry] as number)
  );
}

interface Descriptor {
  readonly entries: number;
  readonly firstMapped: number;
  readonly bits: number;
}

function descriptorOf(dataset: DicomDataset, descriptorTag: number): Descriptor | undefined {
  const element = dataset.get(descriptorTag);
  if (element?.kind !== 'value' || element.bytes.byteLength < 6) return undefined;
  const view = new DataView(element.bytes.buffer, element.bytes.byteOffset, 6);
  const le = dataset.littleEndian;
  const entries = view.getUint16(0, le);
  return {
    entries: entries === 0 ? 65536 : entries,
    firstMapped: view.getUint16(2, le),
    bits: view.getUint16(4, le),
  };
}

function readLut(
  dataset: DicomDataset,
  descriptorTag: number,
  dataTag: number,
): { firstMapped: number; bits: number; values: ArrayLike<number> } | undefined {
  const descriptor = descriptorOf(dataset, descriptorTag);
  const data = dataset.get(dataTag);
  if (!descriptor || data?.kind !== 'value') return undefined;
  const { bytes } = data;
  const { entries, firstMapped, bits } = descriptor;
  // 8-bit tables are found both packed two entries per word and one entry per 16-bit word.
  if (bits <= 8 && bytes.byteLength === entries) return { firstMapped, bits, values: bytes };
  if (bytes.byteLength < entries * 2) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, entries * 2);
  const values = new Uint16Array(entries);
  for (let i = 0; i < entries; i++) values[i] = view.getUint16(i * 2, dataset.littleEndian);
  return { firstMapped, bits, values };
}
