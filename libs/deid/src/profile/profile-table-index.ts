import type { Tag } from '@lattice/dicom';
import { PROFILE_TABLE_ROWS } from '../generated/profile-table';
import type { ProfileTableRow } from './profile-table-row';

let exactRows: Map<Tag, ProfileTableRow> | null = null;

/** The Table E.1-1 row naming exactly this tag, if any. */
export function profileRowForTag(tag: Tag): ProfileTableRow | undefined {
  if (!exactRows) {
    exactRows = new Map();
    for (const row of PROFILE_TABLE_ROWS) if (row.match === 'exact') exactRows.set(row.value, row);
  }
  return exactRows.get(tag);
}
