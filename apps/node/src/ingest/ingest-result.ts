import type { QuarantineCode, RejectCode } from '@lattice/deid';

/** How an object reached the node. */
export type IngestVia = 'dimse' | 'stow' | 'import';

/** How an object reached the instances table: a transport, or an operator's release from quarantine. */
export type ReceivedVia = IngestVia | 'quarantine-release';

/** What the transport knows about one object besides its bytes. */
export interface IngestOptions {
  readonly via: IngestVia;
  /** The sending AE (DIMSE): kept with the instance; it names a device, not a patient. */
  readonly callingAeTitle?: string;
  /** DIMSE: the SOP Class the C-STORE command announced; a data set of another class is refused. */
  readonly expectedSopClassUid?: string;
  /** STOW-RS to /dicomweb/studies/{study}: instances of another study are refused. */
  readonly expectedStudyInstanceUid?: string;
}

/** Why an object is not usable: the parser's and engine's codes, and mismatches with the request. */
export type IngestRejectCode =
  | RejectCode
  | 'SOP_CLASS_MISMATCH'
  | 'STUDY_MISMATCH'
  /** A STOW-RS body part that is not application/dicom. */
  | 'UNSUPPORTED_MEDIA_TYPE';

/** Why the node could not take an object although it may be fine: retry later, or report a bug. */
export type IngestFailureCode =
  | 'STORAGE_UNAVAILABLE'
  | 'DATABASE_UNAVAILABLE'
  | 'VAULT_UNAVAILABLE'
  /** The de-identification engine broke (a bug), never a verdict on the object. */
  | 'INTERNAL_ERROR';

/** Why consent excluded an object. */
export type IngestExclusionCode = 'OPTED_OUT' | 'NO_CONSENT';

/** The SOP Class and Instance UIDs as received (identifying values: returned to the sender only, never logged). */
export interface ReceivedUids {
  readonly sopClassUid: string;
  readonly sopInstanceUid: string;
}

/**
 * What happened to one object. `stored` and `duplicate` carry the stage-1 SOP Instance UID; reasons
 * are safe to show and log: they name codes, tags and steps, never values.
 */
export type IngestResult = (
  | { readonly outcome: 'stored' | 'duplicate'; readonly sopInstanceUid: string }
  | { readonly outcome: 'quarantined'; readonly code: QuarantineCode; readonly reason: string }
  | { readonly outcome: 'rejected'; readonly code: IngestRejectCode; readonly reason: string }
  | { readonly outcome: 'excluded'; readonly code: IngestExclusionCode; readonly reason: string }
  | { readonly outcome: 'failed'; readonly code: IngestFailureCode; readonly reason: string }
) & { readonly received?: ReceivedUids };

/** The outcome names of IngestResult. */
export type IngestOutcome = IngestResult['outcome'];

/** True for outcomes after which the node holds responsibility for the object (or for its exclusion). */
export function isTaken(result: IngestResult): boolean {
  switch (result.outcome) {
    case 'stored':
    case 'duplicate':
    case 'quarantined':
    case 'excluded':
      return true;
    case 'rejected':
    case 'failed':
      return false;
  }
}
