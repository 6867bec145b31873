import type { DicomDataset } from './dataset';
import { tag, type Tag } from './tag';

/** (0004,1220) Directory Record Sequence: the records of a DICOMDIR (PS3.3 F.3). */
export const DIRECTORY_RECORD_SEQUENCE: Tag = tag(0x0004, 0x1220);

/**
 * UL attributes of a DICOMDIR that hold byte offsets of directory records from the first byte of the file
 * (PS3.10 7.3); 0 means "none". They go stale whenever anything before a record changes size.
 */
export const DIRECTORY_OFFSET_TAGS: ReadonlySet<Tag> = new Set<Tag>([
  tag(0x0004, 0x1200), // Offset of the First Directory Record of the Root Directory Entity
  tag(0x0004, 0x1202), // Offset of the Last Directory Record of the Root Directory Entity
  tag(0x0004, 0x1400), // Offset of the Next Directory Record
  tag(0x0004, 0x1420), // Offset of Referenced Lower-Level Directory Entity
]);

/**
 * Where each directory record item started in the file it was parsed from, so the writer can point the offsets
 * at the same records in its own output.
 */
export const directoryRecordSourceOffsets = new WeakMap<DicomDataset, number>();
