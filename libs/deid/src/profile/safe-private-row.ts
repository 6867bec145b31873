import type { VR } from '@lattice/dicom';

/** One row of PS3.15 Table E.3.10-1, in block form: (group, creator, low byte of the element). */
export interface SafePrivateRow {
  readonly group: number;
  readonly creator: string;
  /** The element's low byte: the row matches (gggg,xxee) for whichever block xx the creator reserved. */
  readonly element: number;
  /** Empty in a few rows of the standard. */
  readonly vr: VR | null;
  readonly vm: string;
  readonly meaning: string;
}
