import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDicom, tag, Tags } from '@lattice/dicom';
import { KeyedHash, OPERATOR_REVIEW_METHOD, pseudonymizePatientId } from '@lattice/deid';
import { readSecretKeyFile } from '@lattice/keys';
import { OBJECT_STORE } from '@lattice/server-kit';
import type { ObjectStore } from '@lattice/storage';
import { workspaceRoot } from '@lattice/auth';
import { ensureAppBuilt } from '../ingest/spec-support/built-app';
import { multipartRelated, type TestPart } from '../ingest/spec-support/multipart';
import {
  syntheticSlice,
  writeSyntheticStudy,
  type SyntheticPatient,
} from '../ingest/spec-support/synthetic-study';
import {
  prepareNodeEnvironment,
  startNodeInProcess,
  type NodeEnvironment,
  type RunningNode,
} from '../ingest/spec-support/test-node';
import { VaultError } from '../vault/vault-error';
import { VaultKeys } from '../vault/vault-keys';
import { VAULT } from '../vault/vault.module';
import type { Vault } from '../vault/vault';

jest.setTimeout(240_000);

const patient = (n: number): SyntheticPatient => ({
  patientId: `MRN-STOW-${1000 + n}`,
  patientName: `Kowalczyk${n}^Marta${n}`,
  birthDate: `1961031${n % 10}`,
  accessionNumber: `ACC-STOW-${5000 + n}`,
  institution: 'Springfield General Hospital',
});
const ALICE = patient(1);
const OPTED_OUT = patient(2);
const LATE_OPT_OUT = patient(3);
const IMPORTED = patient(4);
const SCREENSHOT = patient(5);
const STOW_MAX_BYTES = 4 * 1024 * 1024;

let environment: NodeEnvironment;
let node: RunningNode;
let work: string;
const tokens: Record<string, string> = {};
/** The stage-1 pseudonym the node gives a patient (computed here with the node's key). */
let pseudonymOf: (who: SyntheticPatient) => string;

beforeAll(async () => {
  environment = await prepareNodeEnvironment({ STOW_MAX_BYTES: String(STOW_MAX_BYTES) });
  // The fixed list: this patient opted out at the hospital before anything was sent.
  const keys = new VaultKeys(readSecretKeyFile(environment.env['VAULT_KEY_FILE'] ?? ''));
  const hash = new KeyedHash(readSecretKeyFile(environment.env['PSEUDONYM_KEY_FILE'] ?? ''));
  pseudonymOf = (who) => pseudonymizePatientId(hash, 1, who.patientId);
  node = await startNodeInProcess(environment);
  await node.prisma.consentOptOut.create({
    data: {
      patientDigest: keys.patientDigest(OPTED_OUT.patientId),
      pseudonym: pseudonymOf(OPTED_OUT),
      recordedBy: 'test',
      source: 'fixed-list',
    },
  });
  for (const user of ['operator-a', 'operator-b', 'researcher']) tokens[user] = await environment.token(user);
  work = mkdtempSync(path.join(tmpdir(), 'lattice-stow-'));
});

afterAll(async () => {
  await node?.stop();
  await environment?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

async function stow(
  parts: readonly TestPart[],
  options: { token?: string; path?: string; contentType?: string; body?: Buffer } = {},
): Promise<{ status: number; body: any }> {
  const request = multipartRelated(parts);
  const response = await fetch(`${node.url}${options.path ?? '/dicomweb/studies'}`, {
    method: 'POST',
    headers: {
      'content-type': options.contentType ?? request.contentType,
      ...(options.token === '' ? {} : { authorization: `Bearer ${options.token ?? tokens['operator-a']}` }),
    },
    body: options.body ?? request.body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null };
}

async function api(
  method: string,
  route: string,
  body?: unknown,
  user = 'operator-a',
): Promise<{ status: number; body: any }> {
  const response = await fetch(`${node.url}${route}`, {
    method,
    headers: {
      authorization: `Bearer ${tokens[user]}`,
      ...(body ? { 'content-type': 'application/json' } : {}),
    },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: response.status, body: await response.json() };
}

const slices = (
  who: SyntheticPatient,
  count: number,
  options: { studyNumber?: number; sopClassUid?: string; modality?: string } = {},
) =>
  Array.from({ length: count }, (_, slice) => ({
    bytes: syntheticSlice({ patient: who, slices: count, size: 64, ...options }, slice),
  }));

const items = (body: any, tagKey: '00081199' | '00081198') => (body?.[tagKey]?.Value ?? []) as any[];
const word = (item: any) => item['00091001'].Value[0] as string;
const code = (item: any) => item['00091002']?.Value?.[0] as string | undefined;
const part = (item: any) => item['00091003'].Value[0] as number;

describe('STOW-RS on the node', () => {
  it('stores several instances and lists each outcome, the malformed part failed with its reason', async () => {
    const good = slices(ALICE, 4);
    const truncated = Buffer.from(syntheticSlice({ patient: ALICE, slices: 9, size: 64 }, 8)).subarray(
      0,
      700,
    );
    const answer = await stow([
      ...good,
      { bytes: truncated },
      { bytes: Buffer.from('hello'), contentType: 'text/plain' },
    ]);

    expect(answer.status).toBe(202);
    const referenced = items(answer.body, '00081199');
    const failed = items(answer.body, '00081198');
    expect(referenced.map(part).sort()).toEqual([1, 2, 3, 4]);
    expect(referenced.every((item) => word(item) === 'STORED' && item['00081196'].Value[0] === 0xb000)).toBe(
      true,
    );
    expect(
      referenced.every((item) => item['00081155'].Value[0].startsWith('1.2.826.0.1.3680043.8.498.424242')),
    ).toBe(true);
    expect(failed.map(part).sort()).toEqual([5, 6]);
    const byPart = new Map(failed.map((item) => [part(item), item]));
    expect(byPart.get(5)['00081197'].Value[0]).toBe(0xc000);
    expect(code(byPart.get(5))).toMatch(/^(TRUNCATED|BAD_LENGTH|BAD_VR|BAD_SEQUENCE)$/);
    expect(code(byPart.get(6))).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(await node.prisma.instance.count({ where: { receivedVia: 'stow' } })).toBe(4);
  });

  it('answers 200 with duplicates when the same instances come again, and keeps one copy', async () => {
    const answer = await stow(slices(ALICE, 4));
    expect(answer.status).toBe(200);
    expect(items(answer.body, '00081199').map(word)).toEqual([
      'DUPLICATE',
      'DUPLICATE',
      'DUPLICATE',
      'DUPLICATE',
    ]);
    expect(await node.prisma.instance.count({ where: { receivedVia: 'stow' } })).toBe(4);
  });

  it('fails instances of another study than the target resource with 409', async () => {
    const answer = await stow(slices(ALICE, 1, { studyNumber: 7 }), { path: '/dicomweb/studies/1.2.3.4.5' });
    expect(answer.status).toBe(409);
    const [failure] = items(answer.body, '00081198');
    expect(code(failure)).toBe('STUDY_MISMATCH');
    expect(failure['00081197'].Value[0]).toBe(0xa901);
  });

  it('refuses other media types, a missing boundary and bodies above STOW_MAX_BYTES with the envelope', async () => {
    const json = await stow([], { contentType: 'application/json', body: Buffer.from('{}') });
    expect(json).toMatchObject({ status: 415, body: { code: 'UNSUPPORTED_MEDIA_TYPE' } });
    const xml = await stow([], {
      contentType: 'multipart/related; type="application/dicom+xml"; boundary=x',
      body: Buffer.from(''),
    });
    expect(xml.status).toBe(415);
    const noBoundary = await stow([], {
      contentType: 'multipart/related; type="application/dicom"',
      body: Buffer.from('x'),
    });
    expect(noBoundary).toMatchObject({ status: 400, body: { code: 'MISSING_BOUNDARY' } });
    const large = await stow([{ bytes: Buffer.alloc(STOW_MAX_BYTES + 1) }]);
    expect(large).toMatchObject({ status: 413, body: { code: 'PAYLOAD_TOO_LARGE' } });
    expect(large.body.correlationId).toEqual(expect.any(String));
  });

  it("is for this node's operators only", async () => {
    expect((await stow(slices(ALICE, 1), { token: '' })).status).toBe(401);
    expect((await stow(slices(ALICE, 1), { token: tokens['operator-b'] })).status).toBe(403);
    expect((await stow(slices(ALICE, 1), { token: tokens['researcher'] })).status).toBe(403);
  });
});

describe('consent at the edge', () => {
  it('stores nothing of a patient on the fixed list of opt-outs', async () => {
    const answer = await stow(slices(OPTED_OUT, 3));
    expect(answer.status).toBe(200);
    expect(items(answer.body, '00081199').map(word)).toEqual(['EXCLUDED', 'EXCLUDED', 'EXCLUDED']);
    expect(items(answer.body, '00081199')[0]['00081196'].Value[0]).toBe(0xb101);
    expect(await node.prisma.instance.count({ where: { pseudonym: pseudonymOf(OPTED_OUT) } })).toBe(0);
    expect(await node.prisma.instance.count()).toBe(4);
    expect(await node.app.get<Vault>(VAULT).patientIdFor(pseudonymOf(OPTED_OUT))).toBeNull();
    expect(
      await node.prisma.ingestEvent.count({ where: { outcome: 'excluded-by-consent', code: 'OPTED_OUT' } }),
    ).toBe(3);
    expect(await node.prisma.quarantinedObject.count()).toBe(0);
  });

  it("withdraws a patient's pending pushes when an opt-out is recorded, and stores nothing more", async () => {
    expect((await stow(slices(LATE_OPT_OUT, 3))).status).toBe(200);
    const pseudonym = pseudonymOf(LATE_OPT_OUT);
    expect(await node.prisma.instance.count({ where: { pseudonym } })).toBe(3);
    const pendingBefore = await node.prisma.pushItem.count({
      where: { state: 'pending', instance: { pseudonym } },
    });

    const recorded = await api('POST', '/api/consent/opt-outs', { patientId: ` ${LATE_OPT_OUT.patientId} ` });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ newlyRecorded: true, withdrawnPushItems: pendingBefore });
    expect(JSON.stringify(recorded.body)).not.toContain(LATE_OPT_OUT.patientId);
    expect(await node.prisma.pushItem.count({ where: { state: 'pending', instance: { pseudonym } } })).toBe(
      0,
    );
    const optOut = await node.prisma.consentOptOut.findFirstOrThrow({ where: { pseudonym } });
    expect(optOut.patientDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(optOut).toMatchObject({ recordedBy: 'operator-a', source: 'node-operator' });

    const more = await stow(slices(LATE_OPT_OUT, 4, { studyNumber: 2 }));
    expect(items(more.body, '00081199').map(word)).toEqual(['EXCLUDED', 'EXCLUDED', 'EXCLUDED', 'EXCLUDED']);
    expect(await node.prisma.instance.count({ where: { pseudonym } })).toBe(3);

    expect(
      (await api('POST', '/api/consent/opt-outs', { patientId: LATE_OPT_OUT.patientId })).body,
    ).toMatchObject({ newlyRecorded: false });
    expect((await api('POST', '/api/consent/opt-outs', {})).status).toBe(400);
    expect((await api('POST', '/api/consent/opt-outs', { patientId: 'X' }, 'operator-b')).status).toBe(403);
  });
});

describe('lattice import', () => {
  it('sends a folder over STOW-RS and prints what became of every file', async () => {
    const folder = path.join(work, 'import');
    writeSyntheticStudy(path.join(folder, 'series-1'), { patient: IMPORTED, slices: 6, size: 64 });
    writeFileSync(path.join(folder, 'README.txt'), 'not an image');
    writeFileSync(
      path.join(folder, 'series-1', 'broken.dcm'),
      Buffer.from(syntheticSlice({ patient: IMPORTED, slices: 9, size: 64 }, 8)).subarray(0, 600),
    );

    const first = await lattice([
      'import',
      folder,
      '--node',
      node.url,
      '--token',
      tokens['operator-a'] ?? '',
      '--batch',
      '4',
    ]);
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(/stored\s+6\n/);
    expect(first.stdout).toMatch(/failed\s+1\n/);
    expect(first.stdout).toMatch(/not DICOM\s+1\n/);
    expect(first.stdout).toContain(path.join('series-1', 'broken.dcm'));
    expect(await node.prisma.instance.count({ where: { receivedVia: 'import' } })).toBe(6);

    const again = await lattice([
      'import',
      path.join(folder, 'series-1'),
      '--node',
      node.url,
      '--token',
      tokens['operator-a'] ?? '',
    ]);
    expect(again.stdout).toMatch(/duplicate\s+6\n/);
    expect(await node.prisma.instance.count({ where: { receivedVia: 'import' } })).toBe(6);

    const refused = await lattice([
      'import',
      folder,
      '--node',
      node.url,
      '--token',
      tokens['operator-b'] ?? '',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/refused/);
    expect((await lattice(['import', folder])).code).toBe(2);
  });
});

describe('the quarantine', () => {
  let releasable: string[] = [];
  let document: string;

  it('holds screen captures and documents, with only non-identifying facts', async () => {
    const screenshots = slices(SCREENSHOT, 2, { sopClassUid: '1.2.840.10008.5.1.4.1.1.7', modality: 'OT' });
    const pdf = syntheticSlice(
      {
        patient: SCREENSHOT,
        slices: 1,
        size: 8,
        studyNumber: 3,
        sopClassUid: '1.2.840.10008.5.1.4.1.1.104.1',
        modality: 'DOC',
        extra: (dataset) =>
          dataset.set({
            kind: 'value',
            tag: tag(0x0042, 0x0011),
            vr: 'OB',
            bytes: Buffer.from('%PDF-1.4 Kowalczyk'),
          }),
      },
      0,
    );
    const answer = await stow([...screenshots, { bytes: pdf }]);
    expect(answer.status).toBe(200);
    expect(items(answer.body, '00081199').map(word)).toEqual(['QUARANTINED', 'QUARANTINED', 'QUARANTINED']);
    expect(items(answer.body, '00081199')[0]['00081196'].Value[0]).toBe(0xb100);

    const list = await api('GET', '/api/quarantine');
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(3);
    const text = JSON.stringify(list.body);
    for (const value of [
      SCREENSHOT.patientId,
      'Kowalczyk5',
      SCREENSHOT.birthDate,
      SCREENSHOT.accessionNumber,
    ])
      expect(text).not.toContain(value);
    releasable = list.body.items.filter((item: any) => item.releasable).map((item: any) => item.id);
    document = list.body.items.find((item: any) => item.code === 'ENCAPSULATED_DOCUMENT').id;
    expect(releasable).toHaveLength(2);
    expect(list.body.items[0]).toMatchObject({ status: 'waiting', receivedVia: 'stow', decidedBy: null });
    expect((await api('GET', '/api/quarantine', undefined, 'operator-b')).status).toBe(403);
  });

  it('releases a reviewed object: stored with the review in its provenance, queued for the center', async () => {
    const [id] = releasable;
    expect((await api('POST', `/api/quarantine/${id}/release`, {})).status).toBe(400);
    expect((await api('POST', `/api/quarantine/${id}/release`, { note: '  ' })).status).toBe(400);
    const sha = (await node.prisma.quarantinedObject.findUniqueOrThrow({ where: { id } })).originalSha256;

    const released = await api('POST', `/api/quarantine/${id}/release`, {
      note: 'Looked at it: a scanner test pattern, no text.',
    });
    expect(released.status).toBe(200);
    expect(released.body).toMatchObject({ status: 'released', decidedBy: 'operator-a', releasable: false });
    const instance = await node.prisma.instance.findUniqueOrThrow({
      where: { sopInstanceUid: released.body.releasedSopInstanceUid },
      include: { push: true },
    });
    expect(instance).toMatchObject({
      receivedVia: 'quarantine-release',
      push: { state: expect.any(String) },
    });
    const stored = await node.app.get<ObjectStore>(OBJECT_STORE).get(instance.objectKey);
    expect(parseDicom(stored).dataset.getStrings(Tags.DeidentificationMethod)).toContain(
      OPERATOR_REVIEW_METHOD,
    );
    expect(vaultFiles().some((file) => file.includes(sha))).toBe(false);

    expect((await api('POST', `/api/quarantine/${id}/release`, { note: 'again' })).body.code).toBe(
      'ALREADY_DECIDED',
    );
    expect((await api('POST', `/api/quarantine/${document}/release`, { note: 'a PDF' })).body.code).toBe(
      'NOT_RELEASABLE',
    );
  });

  it('discards an object and destroys its encrypted original', async () => {
    const id = releasable[1] as string;
    const sha = (await node.prisma.quarantinedObject.findUniqueOrThrow({ where: { id } })).originalSha256;
    expect(vaultFiles().some((file) => file.includes(sha))).toBe(true);
    const discarded = await api('POST', `/api/quarantine/${id}/discard`, { note: 'Patient name burned in.' });
    expect(discarded).toMatchObject({
      status: 200,
      body: { status: 'discarded', decisionNote: 'Patient name burned in.' },
    });
    expect(vaultFiles().some((file) => file.includes(sha))).toBe(false);
    expect((await api('GET', '/api/quarantine?status=discarded')).body.items).toHaveLength(1);
    expect((await api('GET', '/api/quarantine?status=released')).body.items).toHaveLength(1);
    expect((await api('GET', '/api/quarantine?status=nonsense')).status).toBe(400);
  });
});

describe('the vault and the activity view', () => {
  it('holds no readable identifier in any of its files, and detects a damaged record', async () => {
    const files = vaultFiles();
    expect(files.some((file) => file.includes(`${path.sep}links${path.sep}`))).toBe(true);
    expect(files.some((file) => file.includes(`${path.sep}originals${path.sep}`))).toBe(true);
    const planted = [ALICE, OPTED_OUT, LATE_OPT_OUT, IMPORTED, SCREENSHOT].flatMap((who) => [
      who.patientId,
      ...who.patientName.split('^'),
      who.birthDate,
      who.accessionNumber,
    ]);
    for (const file of files) {
      const raw = readFileSync(file);
      for (const value of planted) {
        expect(raw.includes(Buffer.from(value, 'latin1'))).toBe(false);
        expect(raw.includes(Buffer.from(value, 'utf16le'))).toBe(false);
      }
      expect(statSync(file).mode & 0o077).toBe(0);
    }

    const vault = node.app.get<Vault>(VAULT);
    const pseudonym = (await node.prisma.instance.findFirstOrThrow({ where: { receivedVia: 'import' } }))
      .pseudonym;
    expect(await vault.patientIdFor(pseudonym)).toBe(IMPORTED.patientId);
    const link = files.find(
      (file) => file.includes(`${path.sep}links${path.sep}`) && readFileSync(file).length > 0,
    ) as string;
    const original = readFileSync(link);
    const damaged = Buffer.from(original);
    damaged[damaged.length - 20] = (damaged[damaged.length - 20] ?? 0) ^ 0x01;
    try {
      writeFileSync(link, damaged);
      const results = await Promise.allSettled(
        (await node.prisma.instance.findMany({ distinct: ['pseudonym'], select: { pseudonym: true } })).map(
          (row) => vault.patientIdFor(row.pseudonym),
        ),
      );
      const corrupt = results
        .filter((result) => result.status === 'rejected')
        .map((result) => (result as PromiseRejectedResult).reason);
      expect(corrupt).toHaveLength(1);
      expect(corrupt[0]).toBeInstanceOf(VaultError);
      expect(corrupt[0]).toMatchObject({ code: 'CORRUPT_RECORD' });
    } finally {
      writeFileSync(link, original);
    }
  });

  it('counts what arrived and what became of it', async () => {
    const activity = await api('GET', '/api/ingest/activity');
    expect(activity.status).toBe(200);
    expect(activity.body.counts).toMatchObject({
      quarantined: 3,
      released: 1,
      discarded: 1,
      excluded: 7,
      duplicate: 10,
    });
    expect(activity.body.counts.received).toBe(
      await node.prisma.ingestEvent.count({ where: { outcome: 'received' } }),
    );
    expect(activity.body.counts.rejected).toBeGreaterThanOrEqual(4);
    const queued = await node.prisma.pushItem.count();
    const { pending, sent, confirmed, withdrawn, pushFailed } = activity.body.counts;
    expect(pending + sent + confirmed + withdrawn + pushFailed).toBe(queued);
    expect(withdrawn).toBeGreaterThan(0);
    expect(activity.body.recent.length).toBeGreaterThan(10);
    expect(Object.keys(activity.body.recent[0]).sort()).toEqual([
      'code',
      'occurredAt',
      'outcome',
      'receivedVia',
    ]);
    expect(activity.body.recent[0]).toMatchObject({ outcome: 'discarded', receivedVia: 'stow' });
    expect((await api('GET', '/api/ingest/activity', undefined, 'operator-b')).status).toBe(403);
  });
});

function vaultFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(full);
    }
  };
  walk(environment.vaultDir);
  return out;
}

function lattice(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  ensureAppBuilt('cli');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [path.join(workspaceRoot(), 'bin', 'lattice.cjs'), ...args],
      { cwd: workspaceRoot(), env: { ...process.env, NO_COLOR: '1' }, timeout: 120_000 },
      (error, stdout, stderr) =>
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}
