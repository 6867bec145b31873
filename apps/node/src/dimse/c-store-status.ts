import type { IngestResult } from '../ingest/ingest-result';

/** C-STORE response statuses the listener uses (PS3.4 Annex B.2.3, PS3.7 Annex C). */
export const CStoreStatus = {
  Success: 0x0000,
  /** Refused: out of resources (storage, vault or database unavailable): the SCU may retry. */
  OutOfResources: 0xa700,
  /** Error: the data set does not match the SOP Class the request announced. */
  DataSetDoesNotMatchSopClass: 0xa900,
  /** Error: cannot understand (not usable DICOM); the reason code is in Error Comment. */
  CannotUnderstand: 0xc000,
  /** Processing failure: the engine broke (a bug), not a verdict on the object. */
  ProcessingFailure: 0x0110,
} as const;

/** The status and Error Comment (0000,0902) of one C-STORE response. */
export interface CStoreAnswer {
  readonly status: number;
  /** Only on failures: the reason code, at most 64 characters (LO); never a value of the object. */
  readonly errorComment?: string;
}

/**
 * Maps an ingest result to the C-STORE response. Every outcome where the node has taken
 * responsibility (stored, duplicate, quarantined for review, excluded by consent) is a success.
 */
export function cStoreAnswer(result: IngestResult): CStoreAnswer {
  switch (result.outcome) {
    case 'stored':
    case 'duplicate':
    case 'quarantined':
    case 'excluded':
      return { status: CStoreStatus.Success };
    case 'rejected':
      return result.code === 'SOP_CLASS_MISMATCH'
        ? { status: CStoreStatus.DataSetDoesNotMatchSopClass, errorComment: result.code }
        : { status: CStoreStatus.CannotUnderstand, errorComment: result.code.slice(0, 64) };
    case 'failed':
      return result.code === 'INTERNAL_ERROR'
        ? { status: CStoreStatus.ProcessingFailure, errorComment: result.code }
        : { status: CStoreStatus.OutOfResources, errorComment: result.code };
  }
}
