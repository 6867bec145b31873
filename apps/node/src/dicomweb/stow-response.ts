import type { IngestResult, ReceivedUids } from '../ingest/ingest-result';

/** Warning Reason (0008,1196) values of taken instances (PS3.18 Table I.2-1 and the node's own). */
export const StowWarningReason = {
  /** Stored with data elements changed: stage-1 de-identification (new UIDs, pseudonym, shifted dates). */
  Coerced: 0xb000,
  /** Held for review at the node (quarantine): not stored as an instance yet. */
  HeldForReview: 0xb100,
  /** Excluded by consent: the node took the object and kept nothing but a counter. */
  ExcludedByConsent: 0xb101,
} as const;

/** Failure Reason (0008,1197) values (PS3.18 Table I.2-2 and the node's own). */
export const StowFailureReason = {
  OutOfResources: 0xa700,
  /** The instance belongs to another study than the request's target resource. */
  StudyMismatch: 0xa901,
  CannotUnderstand: 0xc000,
  ProcessingFailure: 0x0110,
} as const;

/** One part's outcome, as the response reports it. */
export interface StowItem {
  /** 1-based position of the part in the request. */
  readonly part: number;
  readonly result: IngestResult;
}

/** Outcome words of the node's private element (0009,1001); CS values. */
export type StowOutcomeWord = 'STORED' | 'DUPLICATE' | 'QUARANTINED' | 'EXCLUDED' | 'REJECTED' | 'FAILED';

type JsonElement = { readonly vr: string; readonly Value?: readonly unknown[] };
type JsonDataset = Record<string, JsonElement>;

const PRIVATE_CREATOR = 'LATTICE STOW';

/**
 * The STOW-RS response (PS3.18 §10.5.3) as application/dicom+json: Referenced SOP Sequence
 * (0008,1199) for every part the node took, Failed SOP Sequence (0008,1198) with Failure Reason for
 * the others. Each item names the part by its 1-based position and carries the node's outcome and
 * reason code in a private block "LATTICE STOW": (0009,1001) outcome, (0009,1002) code, (0009,1003)
 * part. Referenced SOP Instance UID is the UID as sent (what the sender can match); the stored
 * instance has a new, stage-1 UID.
 */
export function stowResponse(items: readonly StowItem[]): JsonDataset {
  const referenced: JsonDataset[] = [];
  const failed: JsonDataset[] = [];
  for (const { part, result } of items) {
    const item: JsonDataset = { ...referencedUids(result.received) };
    switch (result.outcome) {
      case 'stored':
      case 'duplicate':
        item['00081196'] = us(StowWarningReason.Coerced);
        break;
      case 'quarantined':
        item['00081196'] = us(StowWarningReason.HeldForReview);
        break;
      case 'excluded':
        item['00081196'] = us(StowWarningReason.ExcludedByConsent);
        break;
      case 'rejected':
        item['00081197'] = us(
          result.code === 'STUDY_MISMATCH'
            ? StowFailureReason.StudyMismatch
            : StowFailureReason.CannotUnderstand,
        );
        break;
      case 'failed':
        item['00081197'] = us(
          result.code === 'INTERNAL_ERROR'
            ? StowFailureReason.ProcessingFailure
            : StowFailureReason.OutOfResources,
        );
        break;
    }
    item['00090010'] = { vr: 'LO', Value: [PRIVATE_CREATOR] };
    item['00091001'] = { vr: 'CS', Value: [outcomeWord(result)] };
    if ('code' in result) item['00091002'] = { vr: 'LO', Value: [result.code] };
    item['00091003'] = { vr: 'UL', Value: [part] };
    (result.outcome === 'rejected' || result.outcome === 'failed' ? failed : referenced).push(sorted(item));
  }
  const response: JsonDataset = {};
  if (failed.length > 0) response['00081198'] = { vr: 'SQ', Value: failed };
  if (referenced.length > 0) response['00081199'] = { vr: 'SQ', Value: referenced };
  return response;
}

/** HTTP status of a STOW-RS answer: 200 all taken, 202 some failed, 409 none taken. */
export function stowStatus(items: readonly StowItem[]): 200 | 202 | 409 {
  const taken = items.filter(
    ({ result }) => result.outcome !== 'rejected' && result.outcome !== 'failed',
  ).length;
  if (taken === items.length) return 200;
  return taken === 0 ? 409 : 202;
}

/** The outcome word of an item's private block. */
export function outcomeWord(result: IngestResult): StowOutcomeWord {
  return result.outcome.toUpperCase() as StowOutcomeWord;
}

function referencedUids(received: ReceivedUids | undefined): JsonDataset {
  if (!received) return {};
  return {
    '00081150': { vr: 'UI', Value: [received.sopClassUid] },
    '00081155': { vr: 'UI', Value: [received.sopInstanceUid] },
  };
}

function us(value: number): JsonElement {
  return { vr: 'US', Value: [value] };
}

function sorted(dataset: JsonDataset): JsonDataset {
  return Object.fromEntries(Object.entries(dataset).sort(([a], [b]) => a.localeCompare(b)));
}
