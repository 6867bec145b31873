import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { allowPortal, envelope, listenOnFreePort, readJsonBody, sendJson } from './stand-in-http';
import { realmRolesOf, usernameOf, verifiedClaims } from './token-verification';

// A hospital node's operator API as docs/ingest.md specifies it ("Operator API"), over synthetic data.

type QuarantineStatus = 'waiting' | 'released' | 'discarded';

/** A quarantined object as `GET /api/quarantine` lists it. */
export interface QuarantineItemJson {
  id: string;
  receivedAt: string;
  receivedVia: string;
  callingAeTitle: string | null;
  code: string;
  reason: string;
  sopClassUid: string | null;
  modality: string | null;
  manufacturer: string | null;
  byteLength: number;
  status: QuarantineStatus;
  decidedBy: string | null;
  decidedAt: string | null;
  decisionNote: string | null;
  releasable: boolean;
  releasedSopInstanceUid: string | null;
}

/** A release or discard the stand-in accepted, with the operator the token named. */
export interface RecordedDecision {
  readonly id: string;
  readonly decision: 'release' | 'discard';
  readonly note: string;
  readonly username: string | null;
}

/** One call the stand-in received, after checking the token. */
export interface NodeCall {
  readonly username: string | null;
  readonly verified: boolean;
  readonly status: number;
  readonly method: string;
  readonly path: string;
}

/** A running stand-in node: what it was asked and what it decided, for the test to check. */
export interface StandInNode {
  readonly nodeId: string;
  readonly url: string;
  readonly calls: NodeCall[];
  readonly decisions: RecordedDecision[];
  /** SHA-256 of each Patient ID recorded as opted out (the real node keeps keyed digests only). */
  readonly optOutDigests: string[];
  close(): Promise<void>;
}

/** The Patient ID whose two pending pushes the stand-in withdraws when it is recorded as opted out. */
export const standInPatientWithPendingPushes = 'SYN-0042';

/** Ids of the stand-in's waiting quarantine items, by what they are. */
export const standInQuarantineIds = {
  ultrasound: '5d0c1a4e-0000-4000-8000-000000000001',
  secondaryCapture: '5d0c1a4e-0000-4000-8000-000000000002',
  pdf: '5d0c1a4e-0000-4000-8000-000000000003',
} as const;

/**
 * Starts a stand-in for one node's operator API on a free port. Tokens are verified as the node does it
 * (RS256 with the issuer's JWKS, issuer, expiry) and only that node's operators (`node-operator` with a
 * matching `node_id` claim) are served; others get 403.
 */
export async function startStandInNode(options: {
  nodeId: string;
  issuerUrl: string;
  portalOrigin: string;
}): Promise<StandInNode> {
  const calls: NodeCall[] = [];
  const decisions: RecordedDecision[] = [];
  const optOutDigests: string[] = [];
  const quarantine = initialQuarantine();
  const counts = {
    received: 148,
    duplicate: 3,
    quarantined: 3,
    rejected: 2,
    excluded: 1,
    failed: 0,
    released: 1,
    discarded: 0,
    pending: 4,
    sent: 1,
    confirmed: 136,
    withdrawn: 0,
    pushFailed: 0,
  };
  const recent = initialEvents();

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    if (allowPortal(request, response, options.portalOrigin)) return;
    const method = request.method ?? 'GET';
    const url = new URL(request.url ?? '/', 'http://node.invalid');
    const claims = await verifiedClaims(request.headers.authorization, options.issuerUrl);
    const username = usernameOf(claims);
    const answer = (status: number, body: unknown) => {
      calls.push({ username, verified: claims !== null, status, method, path: url.pathname });
      sendJson(response, status, body);
    };
    if (claims === null) return answer(401, envelope('TOKEN_INVALID'));
    if (!realmRolesOf(claims).includes('node-operator') || claims['node_id'] !== options.nodeId)
      return answer(403, envelope('FORBIDDEN'));

    if (method === 'GET' && url.pathname === '/api/ingest/activity') {
      return answer(200, { counts, recent: recent.slice(0, 10) });
    }
    if (method === 'GET' && url.pathname === '/api/quarantine') {
      const status = url.searchParams.get('status') ?? 'waiting';
      const items = quarantine
        .filter((item) => item.status === status)
        .sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
      return answer(200, { items });
    }
    const decision = /^\/api\/quarantine\/([^/]+)\/(release|discard)$/.exec(url.pathname);
    if (method === 'POST' && decision?.[1] !== undefined) {
      const kind = decision[2] === 'release' ? 'release' : 'discard';
      const body = await readJsonBody(request);
      const note = typeof body === 'object' && body !== null ? (body as { note?: unknown }).note : undefined;
      if (typeof note !== 'string' || note.trim() === '') return answer(400, envelope('NOTE_REQUIRED'));
      const item = quarantine.find((candidate) => candidate.id === decodeURIComponent(decision[1] ?? ''));
      if (item === undefined) return answer(404, envelope('QUARANTINE_ITEM_NOT_FOUND'));
      if (item.status !== 'waiting') return answer(409, envelope('ALREADY_DECIDED'));
      if (kind === 'release' && !item.releasable) return answer(409, envelope('NOT_RELEASABLE'));
      Object.assign(item, {
        status: kind === 'release' ? 'released' : 'discarded',
        decidedBy: username,
        decidedAt: new Date().toISOString(),
        decisionNote: note.trim(),
      });
      decisions.push({ id: item.id, decision: kind, note, username });
      counts.quarantined -= 1;
      if (kind === 'release') {
        counts.released += 1;
        counts.pending += 1;
      } else {
        counts.discarded += 1;
      }
      recent.unshift({
        occurredAt: new Date().toISOString(),
        outcome: kind === 'release' ? 'released' : 'discarded',
        receivedVia: kind === 'release' ? 'quarantine-release' : item.receivedVia,
        code: item.code,
      });
      return answer(200, item);
    }
    if (method === 'POST' && url.pathname === '/api/consent/opt-outs') {
      const body = await readJsonBody(request);
      const patientId =
        typeof body === 'object' && body !== null ? (body as { patientId?: unknown }).patientId : undefined;
      if (typeof patientId !== 'string' || patientId.trim() === '')
        return answer(400, envelope('PATIENT_ID_REQUIRED'));
      const digest = createHash('sha256').update(patientId.trim()).digest('hex');
      const newlyRecorded = !optOutDigests.includes(digest);
      if (newlyRecorded) optOutDigests.push(digest);
      const withdrawnPushItems =
        newlyRecorded && patientId.trim() === standInPatientWithPendingPushes ? 2 : 0;
      counts.pending -= withdrawnPushItems;
      counts.withdrawn += withdrawnPushItems;
      return answer(201, { newlyRecorded, recordedAt: new Date().toISOString(), withdrawnPushItems });
    }
    return answer(404, envelope('NOT_FOUND'));
  };

  const listening = await listenOnFreePort(handle);
  return {
    nodeId: options.nodeId,
    url: listening.url,
    calls,
    decisions,
    optOutDigests,
    close: listening.close,
  };
}

function minutesAgo(minutes: number): string {
  return new Date(Date.now() - minutes * 60_000).toISOString();
}

function initialQuarantine(): QuarantineItemJson[] {
  const waiting = {
    status: 'waiting',
    decidedBy: null,
    decidedAt: null,
    decisionNote: null,
    releasedSopInstanceUid: null,
  } as const;
  return [
    {
      id: standInQuarantineIds.ultrasound,
      receivedAt: minutesAgo(42),
      receivedVia: 'dimse',
      callingAeTitle: 'STORESCU',
      code: 'BURNED_IN_PIXELS_UNVERIFIED',
      reason: 'ultrasound from GE Healthcare LOGIQ E9, 1024x768, JPEG Baseline: no redaction rule matches',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.6.1',
      modality: 'US',
      manufacturer: 'GE Healthcare',
      byteLength: 1_572_864,
      releasable: true,
      ...waiting,
    },
    {
      id: standInQuarantineIds.secondaryCapture,
      receivedAt: minutesAgo(17),
      receivedVia: 'stow',
      callingAeTitle: null,
      code: 'BURNED_IN_PIXELS_UNVERIFIED',
      reason: 'secondary capture from Philips IntelliSpace Portal, 512x512: no redaction rule matches',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.7',
      modality: 'OT',
      manufacturer: 'Philips',
      byteLength: 786_432,
      releasable: true,
      ...waiting,
    },
    {
      id: standInQuarantineIds.pdf,
      receivedAt: minutesAgo(5),
      receivedVia: 'import',
      callingAeTitle: null,
      code: 'ENCAPSULATED_DOCUMENT',
      reason: 'Encapsulated PDF Storage: document content cannot be cleaned',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.104.1',
      modality: 'DOC',
      manufacturer: null,
      byteLength: 48_120,
      releasable: false,
      ...waiting,
    },
    {
      id: '5d0c1a4e-0000-4000-8000-000000000009',
      receivedAt: minutesAgo(60 * 26),
      receivedVia: 'dimse',
      callingAeTitle: 'ORTHANC',
      code: 'BURNED_IN_PIXELS_UNVERIFIED',
      reason: 'ultrasound from Esaote MyLab, 800x600: no redaction rule matches',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.6.1',
      modality: 'US',
      manufacturer: 'Esaote',
      byteLength: 960_000,
      releasable: true,
      status: 'released',
      decidedBy: 'operator-a',
      decidedAt: minutesAgo(60 * 25),
      decisionNote: 'Viewed every frame: the header band is empty.',
      releasedSopInstanceUid: '2.25.31415926535897932384626433832795028841',
    },
  ];
}

function initialEvents() {
  return [
    { occurredAt: minutesAgo(2), outcome: 'stored', receivedVia: 'dimse', code: null },
    { occurredAt: minutesAgo(3), outcome: 'duplicate', receivedVia: 'dimse', code: null },
    {
      occurredAt: minutesAgo(5),
      outcome: 'quarantined',
      receivedVia: 'import',
      code: 'ENCAPSULATED_DOCUMENT',
    },
    { occurredAt: minutesAgo(9), outcome: 'rejected', receivedVia: 'stow', code: 'NOT_DICOM' },
    { occurredAt: minutesAgo(12), outcome: 'excluded', receivedVia: 'dimse', code: null },
    {
      occurredAt: minutesAgo(17),
      outcome: 'quarantined',
      receivedVia: 'stow',
      code: 'BURNED_IN_PIXELS_UNVERIFIED',
    },
    { occurredAt: minutesAgo(30), outcome: 'stored', receivedVia: 'stow', code: null },
    {
      occurredAt: minutesAgo(42),
      outcome: 'quarantined',
      receivedVia: 'dimse',
      code: 'BURNED_IN_PIXELS_UNVERIFIED',
    },
  ] as { occurredAt: string; outcome: string; receivedVia: string; code: string | null }[];
}
