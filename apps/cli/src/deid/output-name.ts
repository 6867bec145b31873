import type { DeidentifiedOutcome } from '@lattice/deid';

// Pseudonyms are base32 and UIDs digits and dots; anything else (a retained UID written badly) must not
// become a path, where a slash or ".." would escape the output folder.
const SAFE_COMPONENT = /^[0-9A-Za-z][0-9A-Za-z.]{0,127}$/;

/** The output file's place below the output folder, or why a de-identified instance has none. */
export type OutputPlacement =
  | { readonly path: string }
  | { readonly missing: 'StudyInstanceUID' | 'SeriesInstanceUID' }
  | { readonly unsafe: true };

/**
 * Where a de-identified instance goes below the output folder:
 * `<pseudonym>/<StudyInstanceUID>/<SeriesInstanceUID>/<SOPInstanceUID>.dcm`, built only from de-identified
 * values. An instance outside any study or series (a palette, a bare test object) has no place, and neither
 * has one whose values cannot be file names.
 */
export function outputPlacement(outcome: DeidentifiedOutcome): OutputPlacement {
  if (outcome.studyInstanceUid === '') return { missing: 'StudyInstanceUID' };
  if (outcome.seriesInstanceUid === '') return { missing: 'SeriesInstanceUID' };
  const parts = [
    outcome.pseudonym,
    outcome.studyInstanceUid,
    outcome.seriesInstanceUid,
    outcome.sopInstanceUid,
  ];
  if (!parts.every((part) => SAFE_COMPONENT.test(part) && !part.includes('..'))) return { unsafe: true };
  return { path: `${parts.join('/')}.dcm` };
}
