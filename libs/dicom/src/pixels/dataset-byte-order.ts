import { DicomDataset, type DicomElement } from '../dataset';
import type { VR } from '../vr';
import { swapBytes } from './native-frames';

const WORD_SIZE: Partial<Record<VR, number>> = {
  US: 2,
  SS: 2,
  OW: 2,
  AT: 2,
  UL: 4,
  SL: 4,
  FL: 4,
  OF: 4,
  OL: 4,
  FD: 8,
  OD: 8,
  SV: 8,
  UV: 8,
  OV: 8,
};

/**
 * A little-endian copy of a big-endian dataset (every binary value swapped by its VR's word size, at
 * every depth). Needed when pixels decoded from Explicit VR Big Endian are written back natively.
 */
export function toLittleEndianDataset(dataset: DicomDataset): DicomDataset {
  return dataset.littleEndian ? dataset : copyAsLittleEndian(dataset, dataset.parent);
}

function copyAsLittleEndian(dataset: DicomDataset, parent: DicomDataset | null): DicomDataset {
  const copy = new DicomDataset(true, parent);
  for (const element of dataset) copy.set(swapElement(element, copy, !dataset.littleEndian));
  return copy;
}

function swapElement(element: DicomElement, parent: DicomDataset, swap: boolean): DicomElement {
  switch (element.kind) {
    case 'value': {
      const width = swap ? WORD_SIZE[element.vr] : undefined;
      return width === undefined ? { ...element } : { ...element, bytes: swapBytes(element.bytes, width) };
    }
    case 'sequence':
      return { ...element, items: element.items.map((item) => copyAsLittleEndian(item, parent)) };
    case 'encapsulated':
      return { ...element, fragments: [...element.fragments] };
  }
}
