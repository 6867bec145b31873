import type { RejectCode } from '@lattice/deid';

/** Why a delivery could not be processed now; mapped to HTTP in center-errors.ts. */
export class IngestError extends Error {
  constructor(
    readonly code:
      /** The body's SHA-256 is not the one the path names. */
      | 'CONTENT_HASH_MISMATCH'
      /** The de-identification engine broke on this object (a bug); the node retries later. */
      | 'STAGE2_FAILED',
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

/** Why an object can never be accepted: not DICOM, not an instance, or not a Lattice stage-1 output. */
export type NotAcceptedCode = RejectCode | 'NOT_STAGE1_OUTPUT';

/** A delivered object the center refuses for good (422); the same answer is given to every retry. */
export class InstanceNotAcceptedError extends Error {
  constructor(
    readonly code: NotAcceptedCode,
    message: string,
  ) {
    super(message);
    this.name = 'InstanceNotAcceptedError';
  }
}

/** The center's stage-2 settings cannot be used: the service must not start. */
export class Stage2SetupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Stage2SetupError';
  }
}
