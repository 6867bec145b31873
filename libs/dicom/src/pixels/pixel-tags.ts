import { tag } from '../tag';

/** Attributes of the image pixel, palette and overlay modules that frame access reads by name. */
export const PixelTags = {
  PixelPaddingValue: tag(0x0028, 0x0120),
  PixelPaddingRangeLimit: tag(0x0028, 0x0121),
  LossyImageCompressionRatio: tag(0x0028, 0x2112),
  LossyImageCompressionMethod: tag(0x0028, 0x2114),
  RedPaletteColorLookupTableDescriptor: tag(0x0028, 0x1101),
  GreenPaletteColorLookupTableDescriptor: tag(0x0028, 0x1102),
  BluePaletteColorLookupTableDescriptor: tag(0x0028, 0x1103),
  RedPaletteColorLookupTableData: tag(0x0028, 0x1201),
  GreenPaletteColorLookupTableData: tag(0x0028, 0x1202),
  BluePaletteColorLookupTableData: tag(0x0028, 0x1203),
  ExtendedOffsetTable: tag(0x7fe0, 0x0001),
  ExtendedOffsetTableLengths: tag(0x7fe0, 0x0002),
} as const;

/** Overlay attributes live in the repeating groups 6000–601E (even groups only). */
export const OverlayElements = {
  rows: 0x0010,
  columns: 0x0011,
  bitsAllocated: 0x0100,
  bitPosition: 0x0102,
  data: 0x3000,
} as const;

/** The groups an overlay plane may use: 0x6000, 0x6002, ..., 0x601E. */
export const OVERLAY_GROUPS: readonly number[] = Array.from({ length: 16 }, (_, i) => 0x6000 + 2 * i);
