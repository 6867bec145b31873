import * as z from 'zod/mini';
import { count, isoInstant, optionalText, requestJson, type RequestOptions } from '../api/service-request';

const ingestActivitySchema = z.object({
  counts: z.object({
    received: count,
    duplicate: count,
    quarantined: count,
    rejected: count,
    excluded: count,
    failed: count,
    /** Quarantine decisions, which nodes report beside the contract's counts. */
    released: z.optional(count),
    discarded: z.optional(count),
    pending: count,
    sent: count,
    confirmed: count,
    withdrawn: count,
    pushFailed: count,
  }),
  recent: z.array(
    z.object({
      occurredAt: isoInstant,
      outcome: z.string().check(z.minLength(1)),
      receivedVia: z.string(),
      code: optionalText,
    }),
  ),
});

/** What the node received and pushed, counted by outcome (`GET /api/ingest/activity`). */
export type IngestCounts = z.infer<typeof ingestActivitySchema>['counts'];

/** One thing that happened to an arriving object; the code is a safe reason code, never a value. */
export interface IngestEvent {
  readonly occurredAt: Date;
  /** received, stored, duplicate, quarantined, rejected, excluded, released, discarded, failed, ... */
  readonly outcome: string;
  /** dimse, stow, import or quarantine-release. */
  readonly receivedVia: string;
  readonly code: string | null;
}

/** The node's ingest activity: counts by outcome and the latest events. */
export interface IngestActivity {
  readonly counts: IngestCounts;
  readonly recent: readonly IngestEvent[];
}

/** Where a quarantined object stands. */
export type QuarantineStatus = 'waiting' | 'released' | 'discarded';

const quarantineStatuses = ['waiting', 'released', 'discarded'] as const;

const quarantineListSchema = z.object({
  items: z.array(
    z.object({
      id: z.string().check(z.minLength(1)),
      receivedAt: isoInstant,
      receivedVia: z.string(),
      callingAeTitle: optionalText,
      code: z.string().check(z.minLength(1)),
      reason: z.string(),
      sopClassUid: optionalText,
      modality: optionalText,
      manufacturer: optionalText,
      byteLength: count,
      status: z.enum(quarantineStatuses),
      decidedBy: optionalText,
      decidedAt: z.nullish(isoInstant),
      decisionNote: optionalText,
      releasable: z.boolean(),
    }),
  ),
});

/** An object the node holds back for a person: only non-identifying facts; the original stays in the vault. */
export interface QuarantinedObject {
  readonly id: string;
  readonly receivedAt: Date;
  readonly receivedVia: string;
  readonly callingAeTitle: string | null;
  /** The de-identification engine's quarantine code, such as BURNED_IN_PIXELS_UNVERIFIED. */
  readonly code: string;
  /** The engine's own safe explanation (names the device or what is missing, never a value). */
  readonly reason: string;
  readonly sopClassUid: string | null;
  readonly modality: string | null;
  readonly manufacturer: string | null;
  readonly byteLength: number;
  readonly status: QuarantineStatus;
  readonly decidedBy: string | null;
  readonly decidedAt: Date | null;
  readonly decisionNote: string | null;
  /** Whether a person can settle the reason by looking (burned-in text in pixels). */
  readonly releasable: boolean;
}

/** What an operator decides about a quarantined object. */
export type QuarantineDecision = 'release' | 'discard';

const optOutReceiptSchema = z.nullable(
  z.object({
    newlyRecorded: z.optional(z.boolean()),
    recordedAt: z.optional(isoInstant),
    withdrawnPushItems: z.optional(count),
  }),
);

/** The node's answer to a recorded opt-out, as far as it says: nothing in it names the patient. */
export interface OptOutReceipt {
  /** When the node recorded it; null when it did not say. */
  readonly recordedAt: Date | null;
  /** How many pending pushes of the patient it withdrew; null when it did not say. */
  readonly withdrawnPushItems: number | null;
  /** True when the patient's opt-out was on record already. */
  readonly alreadyRecorded: boolean;
}

/** Fetches this node's ingest activity (`GET /api/ingest/activity`, its own operators only). */
export async function fetchIngestActivity(
  nodeUrl: string,
  accessToken: string,
  options: RequestOptions = {},
): Promise<IngestActivity> {
  const activity = await requestJson(
    { service: 'node', url: `${nodeUrl}/api/ingest/activity`, accessToken, schema: ingestActivitySchema },
    options,
  );
  return {
    counts: activity.counts,
    recent: activity.recent.map((event) => ({ ...event, occurredAt: new Date(event.occurredAt) })),
  };
}

/** Fetches the node's quarantined objects in one status (`GET /api/quarantine?status=`). */
export async function fetchQuarantine(
  nodeUrl: string,
  accessToken: string,
  status: QuarantineStatus,
  options: RequestOptions = {},
): Promise<QuarantinedObject[]> {
  const { items } = await requestJson(
    {
      service: 'node',
      url: `${nodeUrl}/api/quarantine?status=${status}`,
      accessToken,
      schema: quarantineListSchema,
    },
    options,
  );
  return items.map((item) => ({
    ...item,
    receivedAt: new Date(item.receivedAt),
    decidedAt: item.decidedAt ? new Date(item.decidedAt) : null,
  }));
}

/**
 * Releases or discards a quarantined object with the operator's note
 * (`POST /api/quarantine/{id}/release|discard`); the node records who decided from the token.
 */
export async function decideQuarantined(
  nodeUrl: string,
  accessToken: string,
  id: string,
  decision: QuarantineDecision,
  note: string,
  options: RequestOptions = {},
): Promise<void> {
  await requestJson(
    {
      service: 'node',
      method: 'POST',
      url: `${nodeUrl}/api/quarantine/${encodeURIComponent(id)}/${decision}`,
      accessToken,
      body: { note },
      schema: z.unknown(),
    },
    options,
  );
}

/**
 * Records a patient's opt-out received at the hospital (`POST /api/consent/opt-outs`). The patient id goes
 * to the node only, which keeps keyed digests of it; the portal keeps nothing.
 */
export async function recordOptOut(
  nodeUrl: string,
  accessToken: string,
  patientId: string,
  options: RequestOptions = {},
): Promise<OptOutReceipt> {
  const receipt = await requestJson(
    {
      service: 'node',
      method: 'POST',
      url: `${nodeUrl}/api/consent/opt-outs`,
      accessToken,
      body: { patientId },
      schema: optOutReceiptSchema,
    },
    options,
  );
  return {
    recordedAt: receipt?.recordedAt ? new Date(receipt.recordedAt) : null,
    withdrawnPushItems: receipt?.withdrawnPushItems ?? null,
    alreadyRecorded: receipt?.newlyRecorded === false,
  };
}
