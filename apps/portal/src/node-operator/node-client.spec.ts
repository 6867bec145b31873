import { ServiceRequestError } from '../api/service-request';
import { decideQuarantined, fetchIngestActivity, fetchQuarantine, recordOptOut } from './node-client';

const nodeUrl = 'http://127.0.0.1:3101';
const counts = {
  received: 10,
  duplicate: 1,
  quarantined: 2,
  rejected: 1,
  excluded: 0,
  failed: 0,
  pending: 3,
  sent: 1,
  confirmed: 5,
  withdrawn: 0,
  pushFailed: 0,
};
const item = {
  id: '5d0c1a4e-0000-4000-8000-000000000001',
  receivedAt: '2026-05-04T09:00:00.000Z',
  receivedVia: 'dimse',
  callingAeTitle: 'STORESCU',
  code: 'BURNED_IN_PIXELS_UNVERIFIED',
  reason: 'ultrasound: no redaction rule matches',
  sopClassUid: '1.2.840.10008.5.1.4.1.1.6.1',
  modality: 'US',
  manufacturer: 'GE Healthcare',
  byteLength: 1024,
  status: 'waiting',
  decidedBy: null,
  decidedAt: null,
  decisionNote: null,
  releasable: true,
};

function answering(response: Response) {
  return jest.fn<Promise<Response>, Parameters<typeof fetch>>(async () => response);
}

describe('the node operator API client', () => {
  it('fetches the activity with the token and turns event times into dates', async () => {
    const fetchImpl = answering(
      Response.json({
        counts,
        recent: [
          { occurredAt: '2026-05-04T09:59:00.000Z', outcome: 'stored', receivedVia: 'dimse', code: null },
          {
            occurredAt: '2026-05-04T09:58:00.000Z',
            outcome: 'rejected',
            receivedVia: 'stow',
            code: 'NOT_DICOM',
          },
          { occurredAt: '2026-05-04T09:57:00.000Z', outcome: 'duplicate', receivedVia: 'import' },
        ],
      }),
    );
    const activity = await fetchIngestActivity(nodeUrl, 'token-a', { fetchImpl });
    expect(activity.counts.released).toBeUndefined();
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:3101/api/ingest/activity');
    expect(new Headers(init?.headers).get('authorization')).toBe('Bearer token-a');
    expect(activity.counts).toEqual(counts);
    expect(
      activity.recent.map((event) => [event.occurredAt.toISOString(), event.outcome, event.code]),
    ).toEqual([
      ['2026-05-04T09:59:00.000Z', 'stored', null],
      ['2026-05-04T09:58:00.000Z', 'rejected', 'NOT_DICOM'],
      ['2026-05-04T09:57:00.000Z', 'duplicate', null],
    ]);
  });

  it.each([
    ['a missing count', { counts: { ...counts, pushFailed: undefined }, recent: [] }],
    ['a negative count', { counts: { ...counts, sent: -1 }, recent: [] }],
    ['an event without a time', { counts, recent: [{ outcome: 'stored', receivedVia: 'dimse' }] }],
  ])('refuses activity with %s', async (_label, body) => {
    await expect(
      fetchIngestActivity(nodeUrl, 't', { fetchImpl: answering(Response.json(body)) }),
    ).rejects.toMatchObject({ service: 'node', code: 'INVALID_RESPONSE' });
  });

  it('lists the quarantine in one status, with optional facts read as null', async () => {
    const fetchImpl = answering(
      Response.json({
        items: [
          item,
          {
            ...item,
            id: 'b',
            callingAeTitle: undefined,
            manufacturer: undefined,
            status: 'released',
            decidedBy: 'operator-a',
            decidedAt: '2026-05-04T09:30:00.000Z',
            decisionNote: 'Viewed every frame.',
          },
        ],
      }),
    );
    const items = await fetchQuarantine(nodeUrl, 't', 'released', { fetchImpl });
    expect(fetchImpl.mock.calls[0]?.[0]).toBe('http://127.0.0.1:3101/api/quarantine?status=released');
    expect(items[0]).toMatchObject({
      receivedAt: new Date(item.receivedAt),
      decidedAt: null,
      releasable: true,
    });
    expect(items[1]).toMatchObject({
      callingAeTitle: null,
      manufacturer: null,
      decidedAt: new Date('2026-05-04T09:30:00.000Z'),
      decisionNote: 'Viewed every frame.',
    });
  });

  it('refuses a quarantine item in a status the contract does not have', async () => {
    await expect(
      fetchQuarantine(nodeUrl, 't', 'waiting', {
        fetchImpl: answering(Response.json({ items: [{ ...item, status: 'pending' }] })),
      }),
    ).rejects.toMatchObject({ code: 'INVALID_RESPONSE' });
  });

  it('posts a release and a discard with the note, whatever the node answers on success', async () => {
    const release = answering(Response.json({ ...item, status: 'released' }));
    await decideQuarantined(nodeUrl, 't', 'item/1', 'release', 'Viewed every frame.', { fetchImpl: release });
    const [url, init] = release.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:3101/api/quarantine/item%2F1/release');
    expect(init?.method).toBe('POST');
    expect(JSON.parse(String(init?.body))).toEqual({ note: 'Viewed every frame.' });

    const discard = answering(new Response(null, { status: 204 }));
    await decideQuarantined(nodeUrl, 't', 'a', 'discard', 'Name in the image.', { fetchImpl: discard });
    expect(discard.mock.calls[0]?.[0]).toBe('http://127.0.0.1:3101/api/quarantine/a/discard');
  });

  it('reports a decision the node refuses as a conflict with its code', async () => {
    const error = await decideQuarantined(nodeUrl, 't', 'a', 'release', 'n', {
      fetchImpl: answering(
        Response.json(
          { code: 'NOT_RELEASABLE', message: 'Not releasable', correlationId: 'c-1' },
          { status: 409 },
        ),
      ),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceRequestError);
    expect(error).toMatchObject({
      code: 'CONFLICT',
      details: { serviceCode: 'NOT_RELEASABLE', correlationId: 'c-1' },
    });
  });

  it('records an opt-out with the patient id in the body only, and reads what the node did', async () => {
    const fetchImpl = answering(
      Response.json(
        { newlyRecorded: true, recordedAt: '2026-05-04T10:00:00.000Z', withdrawnPushItems: 2 },
        { status: 201 },
      ),
    );
    await expect(recordOptOut(nodeUrl, 't', 'SYN-0042', { fetchImpl })).resolves.toEqual({
      recordedAt: new Date('2026-05-04T10:00:00.000Z'),
      withdrawnPushItems: 2,
      alreadyRecorded: false,
    });
    const [url, init] = fetchImpl.mock.calls[0] ?? [];
    expect(url).toBe('http://127.0.0.1:3101/api/consent/opt-outs');
    expect(url).not.toContain('SYN-0042');
    expect(JSON.parse(String(init?.body))).toEqual({ patientId: 'SYN-0042' });
  });

  it('tells an opt-out already on record, and accepts an answer that says nothing more', async () => {
    await expect(
      recordOptOut(nodeUrl, 't', 'SYN-1', {
        fetchImpl: answering(Response.json({ newlyRecorded: false, withdrawnPushItems: 0 })),
      }),
    ).resolves.toMatchObject({ alreadyRecorded: true, withdrawnPushItems: 0 });
    await expect(
      recordOptOut(nodeUrl, 't', 'SYN-1', { fetchImpl: answering(new Response(null, { status: 204 })) }),
    ).resolves.toEqual({ recordedAt: null, withdrawnPushItems: null, alreadyRecorded: false });
  });
});
