import {
  OVERLAY_GROUPS,
  OverlayElements,
  PixelTags,
  tag,
  type DicomDataset,
  type ImagePixelDescription,
} from '@lattice/dicom';
import type { PaddingRange } from './pixel-redaction';

/** An overlay plane declared inside the pixel data rather than in Overlay Data (60xx,3000). */
export interface EmbeddedOverlay {
  readonly group: number;
  readonly bitPosition: number;
}

/**
 * Overlay groups whose plane lives in a bit of the pixel samples (retired practice): Overlay Bits
 * Allocated above 1 and no Overlay Data. The header actions may already have removed these groups,
 * which is why the policy also scans the unused bits themselves.
 */
export function declaredEmbeddedOverlays(dataset: DicomDataset): EmbeddedOverlay[] {
  const overlays: EmbeddedOverlay[] = [];
  for (const group of OVERLAY_GROUPS) {
    const bitsAllocated = dataset.getNumber(tag(group, OverlayElements.bitsAllocated));
    if (bitsAllocated === undefined || bitsAllocated <= 1 || dataset.has(tag(group, OverlayElements.data)))
      continue;
    overlays.push({ group, bitPosition: dataset.getNumber(tag(group, OverlayElements.bitPosition)) ?? 0 });
  }
  return overlays;
}

/** Whether clearing the bits outside Bits Stored removes this overlay (it does unless it sits on image bits). */
export function overlayOutsideStoredBits(
  overlay: EmbeddedOverlay,
  description: ImagePixelDescription,
): boolean {
  const lowBit = description.highBit - description.bitsStored + 1;
  return (
    overlay.bitPosition < description.bitsAllocated &&
    (overlay.bitPosition > description.highBit || overlay.bitPosition < lowBit)
  );
}

/** Pixel Padding Value (and Range Limit) as stored sample values, if the dataset declares them. */
export function paddingRange(
  dataset: DicomDataset,
  description: ImagePixelDescription,
): PaddingRange | undefined {
  const value = dataset.getNumber(PixelTags.PixelPaddingValue);
  if (value === undefined) return undefined;
  const limit = dataset.getNumber(PixelTags.PixelPaddingRangeLimit) ?? value;
  const modulus = 2 ** description.bitsAllocated;
  const stored = (v: number) => ((v % modulus) + modulus) % modulus;
  const a = stored(value);
  const b = stored(limit);
  return { low: a < b ? a : b, high: a < b ? b : a };
}
