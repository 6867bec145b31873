import { isReviewablePixelCode } from '@lattice/deid';
import type { QuarantinedObject } from '../generated/prisma/client';

/** The statuses of a quarantined object. */
export const QUARANTINE_STATUSES = ['waiting', 'released', 'discarded'] as const;
/** A quarantined object's status. */
export type QuarantineStatus = (typeof QUARANTINE_STATUSES)[number];

/** A quarantined object as operators see it: facts about the object and the decision, nothing identifying. */
export interface QuarantineItem {
  readonly id: string;
  readonly receivedAt: string;
  readonly receivedVia: string;
  readonly callingAeTitle: string | null;
  readonly code: string;
  readonly reason: string;
  readonly sopClassUid: string | null;
  readonly modality: string | null;
  readonly manufacturer: string | null;
  readonly byteLength: number;
  readonly status: string;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly decisionNote: string | null;
  /** True when a person can settle the reason by looking at the image (burned-in text). */
  readonly releasable: boolean;
  /** The stage-1 instance a release produced. */
  readonly releasedSopInstanceUid: string | null;
}

/** The operator's view of a quarantine row. */
export function toQuarantineItem(row: QuarantinedObject): QuarantineItem {
  return {
    id: row.id,
    receivedAt: row.receivedAt.toISOString(),
    receivedVia: row.receivedVia,
    callingAeTitle: row.callingAeTitle,
    code: row.code,
    reason: row.reason,
    sopClassUid: row.sopClassUid,
    modality: row.modality,
    manufacturer: row.manufacturer,
    byteLength: row.byteLength,
    status: row.status,
    decidedBy: row.decidedBy,
    decidedAt: row.decidedAt?.toISOString() ?? null,
    decisionNote: row.decisionNote,
    releasable: row.status === 'waiting' && isReviewablePixelCode(row.code),
    releasedSopInstanceUid: row.releasedSopInstanceUid,
  };
}
