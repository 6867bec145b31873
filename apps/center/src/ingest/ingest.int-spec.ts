// Deliveries from nodes against the real center: embedded PostgreSQL, a filesystem object store, the dev
// issuer's tokens and Ed25519-signed requests, as a node's push worker sends them.
import { createHash } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDicom, serializeDicom, Tags } from '@lattice/dicom';
import { generateSecretKey, writeKeyFile } from '@lattice/keys';
import { startCenterHarness, type CenterHarness } from './spec-support/center-harness';
import { stage1, stage1Context, syntheticOriginal, type SyntheticSeries } from '@lattice/testing';
import { createStage2Context } from './stage2-context';

const hospitalKey = generateSecretKey();
const context = stage1Context(hospitalKey);

const series: SyntheticSeries = {
  patient: {
    patientName: 'Wellington^Margaret^Ann',
    patientId: 'MRN-40417-ZQ',
    birthDate: '19570312',
    institution: 'Saint Aldric Memorial Hospital',
    accessionNumber: 'ACC77310452',
    referringPhysician: 'Okonkwo^Bartholomew',
  },
  studyInstanceUid: '1.2.826.0.1.3680043.8.498.71001',
  seriesInstanceUid: '1.2.826.0.1.3680043.8.498.71001.1',
  studyDate: '20240611',
  modality: 'CT',
  manufacturer: 'ACME MEDICAL',
  model: 'Scanner 9000',
  seriesNumber: 1,
  instances: 3,
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('center ingest: PUT /api/nodes/{nodeId}/instances/{sha256}', () => {
  let center: CenterHarness;
  let delivered: Uint8Array[];

  beforeAll(async () => {
    center = await startCenterHarness({ maxInstanceBytes: 4 * 1024 * 1024 });
    delivered = await Promise.all(
      Array.from({ length: series.instances }, (_, i) => stage1(syntheticOriginal(series, i), context)),
    );
  }, 120_000);

  afterAll(async () => {
    await center?.stop();
  });

  const countInstances = async () =>
    Number((await center.query<{ n: string }>('SELECT count(*) AS n FROM instances'))[0]?.n);

  it('runs stage 2 on a signed delivery and stores the instance under a new UID', async () => {
    const body = delivered[0] as Uint8Array;
    const response = await center.deliver({ body, as: 'node-a' });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as { outcome: string; sopInstanceUid: string };
    const stage1Uid = parseDicom(body).dataset.getString(Tags.SOPInstanceUID);
    expect(answer.outcome).toBe('stored');
    expect(answer.sopInstanceUid).toMatch(/^2\.25\.\d+$/);
    expect(answer.sopInstanceUid).not.toBe(stage1Uid);

    const [row] = await center.query<{
      node_id: string;
      object_key: string;
      byte_length: number;
      provenance: any;
    }>('SELECT node_id, object_key, byte_length, provenance FROM instances WHERE sop_instance_uid = $1', [
      answer.sopInstanceUid,
    ]);
    expect(row?.node_id).toBe('node-a');
    expect(row?.provenance.stages.map((stage: { stage: number }) => stage.stage)).toEqual([1, 2]);
    const [study] = await center.query<{ pseudonym: string; modalities: string[] }>(
      'SELECT pseudonym, modalities FROM studies',
    );
    expect(study?.pseudonym).toMatch(/^P2[0-9A-Z]{26}$/);
    expect(study?.modalities).toEqual(['CT']);
  });

  it('answers a retried delivery from its record: same answer, still one copy', async () => {
    const body = delivered[0] as Uint8Array;
    const first = await (await center.deliver({ body, as: 'node-a' })).json();
    const again = await center.deliver({ body, as: 'node-a' });
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(first);
    expect(await countInstances()).toBe(1);
  });

  it('lets exactly one of many concurrent deliveries of the same object store it', async () => {
    const body = delivered[1] as Uint8Array;
    const responses = await Promise.all(
      Array.from({ length: 6 }, () => center.deliver({ body, as: 'node-a' })),
    );
    expect(responses.map((response) => response.status)).toEqual([200, 200, 200, 200, 200, 200]);
    const answers = await Promise.all(responses.map((response) => response.json()));
    expect(new Set(answers.map((answer) => JSON.stringify(answer))).size).toBe(1);
    expect(answers[0]).toMatchObject({ outcome: 'stored' });
    expect(await countInstances()).toBe(2);
    const received = await center.query('SELECT 1 FROM received_objects WHERE stage1_sha256 = $1', [
      sha256(body),
    ]);
    expect(received).toHaveLength(1);
  });

  it('keeps one copy when the same instance arrives again as other bytes, and says duplicate', async () => {
    // The node received the same image twice in different encodings: same stage-1 UIDs, other bytes.
    const file = parseDicom(delivered[2] as Uint8Array);
    const implicit = serializeDicom(file, { transferSyntaxUid: '1.2.840.10008.1.2' });
    const first = (await (
      await center.deliver({ body: delivered[2] as Uint8Array, as: 'node-a' })
    ).json()) as {
      sopInstanceUid: string;
    };
    const second = await center.deliver({ body: implicit, as: 'node-a' });
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual({ outcome: 'duplicate', sopInstanceUid: first.sopInstanceUid });
    expect(await countInstances()).toBe(3);
  });

  it("refuses a delivery signed with node-b's key but authenticated as node-a", async () => {
    const response = await center.deliver({
      body: delivered[0] as Uint8Array,
      as: 'node-a',
      signer: 'node-b',
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'SIGNATURE_INVALID' });
  });

  it("refuses node-a's credentials acting for node-b, unsigned requests and people", async () => {
    const body = delivered[0] as Uint8Array;
    const asOther = await center.deliver({ body, as: 'node-a', pathNode: 'node-b' });
    expect(asOther.status).toBe(401);
    expect((await center.deliver({ body, as: 'node-a', signer: null })).status).toBe(401);
    const researcher = await fetch(`${center.url}/api/nodes/node-a/instances/${sha256(body)}`, {
      method: 'PUT',
      headers: {
        authorization: `Bearer ${await center.userToken('researcher')}`,
        'content-type': 'application/dicom',
      },
      body,
    });
    expect(researcher.status).toBe(403);
    const anonymous = await fetch(`${center.url}/api/nodes/node-a/instances/${sha256(body)}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/dicom' },
      body,
    });
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('checks the body against the hash in the path, the media type and the size limit', async () => {
    const body = delivered[0] as Uint8Array;
    const mismatch = await center.deliver({ body, as: 'node-a', sha256: sha256(delivered[1] as Uint8Array) });
    expect(mismatch.status).toBe(400);
    expect(await mismatch.json()).toMatchObject({ code: 'CONTENT_HASH_MISMATCH' });

    const json = await center.deliver({ body, as: 'node-a', contentType: 'application/octet-stream' });
    expect(json.status).toBe(415);

    const huge = new Uint8Array(5 * 1024 * 1024);
    const tooLarge = await center.deliver({ body: huge, as: 'node-a' });
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toMatchObject({ code: 'PAYLOAD_TOO_LARGE' });
  });

  it('answers 422 for what can never be accepted, and the same to a retry', async () => {
    const notDicom = new TextEncoder().encode('this is not a DICOM file, just text long enough to be read');
    const first = await center.deliver({ body: notDicom, as: 'node-a' });
    expect(first.status).toBe(422);
    const code = ((await first.json()) as { code: string }).code;
    const retry = await center.deliver({ body: notDicom, as: 'node-a' });
    expect(retry.status).toBe(422);
    expect(await retry.json()).toMatchObject({ code });

    // An original that never went through a node's stage 1.
    const original = await center.deliver({ body: syntheticOriginal(series, 0), as: 'node-a' });
    expect(original.status).toBe(422);
    expect(await original.json()).toMatchObject({ code: 'NOT_STAGE1_OUTPUT' });
  });

  it('holds back what stage 2 will not release, for the data stewards only, and never catalogs it', async () => {
    // A node's rules let burned-in text through that the center's policy cannot verify.
    const file = parseDicom(delivered[0] as Uint8Array);
    file.dataset.setString(Tags.BurnedInAnnotation, 'CS', 'YES');
    file.dataset.setString(Tags.SOPInstanceUID, 'UI', '2.25.99887766554433221100');
    const risky = serializeDicom(file);
    const before = await countInstances();
    const response = await center.deliver({ body: risky, as: 'node-a' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ outcome: 'quarantined', code: 'BURNED_IN_PIXELS_UNVERIFIED' });
    expect(await (await center.deliver({ body: risky, as: 'node-a' })).json()).toEqual({
      outcome: 'quarantined',
      code: 'BURNED_IN_PIXELS_UNVERIFIED',
    });
    expect(await countInstances()).toBe(before);

    const list = await fetch(`${center.url}/api/quarantine?status=waiting`, {
      headers: { authorization: `Bearer ${await center.userToken('steward')}` },
    });
    expect(list.status).toBe(200);
    const { total, items } = (await list.json()) as { total: number; items: any[] };
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({
      site: 'node-a',
      code: 'BURNED_IN_PIXELS_UNVERIFIED',
      status: 'waiting',
      modality: 'CT',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.2',
    });
    expect(items[0].reason).toMatch(/no redaction rule matches/);
    const researcher = await fetch(`${center.url}/api/quarantine`, {
      headers: { authorization: `Bearer ${await center.userToken('researcher')}` },
    });
    expect(researcher.status).toBe(403);
  });

  it('never writes an identifying value of the originals to its log', () => {
    const log = center.logs.join('\n');
    expect(log).toContain('"event":"request"');
    for (const value of Object.values(series.patient)) expect(log).not.toContain(value);
    expect(log).not.toContain(series.studyInstanceUid);
  });
});

describe('stage 2 set-up', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lattice-stage2-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('stops the center with a message naming PSEUDONYM_KEY_FILE for a missing or too open key', () => {
    expect(() =>
      createStage2Context({
        PSEUDONYM_KEY_FILE: path.join(dir, 'absent.key'),
        DEID_PROFILE: 'research-default',
      }),
    ).toThrow(/^PSEUDONYM_KEY_FILE: .*absent\.key/);
    const open = path.join(dir, 'open.key');
    writeKeyFile(open, generateSecretKey());
    chmodSync(open, 0o644);
    expect(() => createStage2Context({ PSEUDONYM_KEY_FILE: open, DEID_PROFILE: 'research-default' })).toThrow(
      /^PSEUDONYM_KEY_FILE: .*chmod 600/,
    );
  });

  it('names DEID_PROFILE when the profile is unknown', () => {
    const key = path.join(dir, 'good.key');
    writeKeyFile(key, generateSecretKey());
    expect(() => createStage2Context({ PSEUDONYM_KEY_FILE: key, DEID_PROFILE: 'nonsense' })).toThrow(
      /^DEID_PROFILE: /,
    );
  });
});
