/** Why an operator's decision on a quarantined object was not carried out. */
export type QuarantineDecisionErrorCode =
  /** No quarantined object has this id. */
  | 'NOT_FOUND'
  /** It was released or discarded already. */
  | 'ALREADY_DECIDED'
  /** Its reason is not about pixels: looking at the image cannot settle it. */
  | 'NOT_RELEASABLE'
  /** The patient is excluded by consent now: discard it instead. */
  | 'EXCLUDED_BY_CONSENT'
  /** De-identified again with the review, it is still held (another reason). */
  | 'STILL_HELD'
  /** The encrypted original cannot be read back (missing, damaged, or another vault key). */
  | 'ORIGINAL_UNAVAILABLE'
  /** Storage, vault or database did not answer. */
  | 'UNAVAILABLE';

/** A refused decision; the message is safe to show (codes and reasons, never a value of the object). */
export class QuarantineDecisionError extends Error {
  constructor(
    readonly code: QuarantineDecisionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'QuarantineDecisionError';
  }
}
