import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDicom, serializeDicom, Tags, TransferSyntax } from '@lattice/dicom';
import { OBJECT_STORE } from '@lattice/server-kit';
import type { ObjectStore } from '@lattice/storage';
import { dcmtkAvailable, runTool } from '../ingest/spec-support/dcmtk';
import { runAssociation, storeFile, storeRawBytes } from '../ingest/spec-support/dimse-client';
import { orthancInstalled, startOrthanc } from '@lattice/testing';
import {
  studyUids,
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
import { CStoreStatus } from './c-store-status';

jest.setTimeout(120_000);

const PATIENT: SyntheticPatient = {
  patientId: 'MRN-DIMSE-4711',
  patientName: 'Lindqvist^Astrid',
  birthDate: '19580214',
  accessionNumber: 'ACC-DIMSE-99',
  institution: 'Springfield General Hospital',
};
const CT = '1.2.840.10008.5.1.4.1.1.2';
const MR = '1.2.840.10008.5.1.4.1.1.4';

let environment: NodeEnvironment;
let node: RunningNode;
let work: string;

beforeAll(async () => {
  if (!(await dcmtkAvailable()))
    throw new Error('DCMTK (storescu, echoscu, dcmdump) is required for these tests');
  environment = await prepareNodeEnvironment();
  node = await startNodeInProcess(environment);
  work = mkdtempSync(path.join(tmpdir(), 'lattice-dimse-'));
});

afterAll(async () => {
  await node?.stop();
  await environment?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

const storescu = (files: readonly string[], callingAe = 'STORESCU') =>
  runTool('storescu', [
    '-aet',
    callingAe,
    '-aec',
    node.aeTitle,
    '127.0.0.1',
    String(node.dicomPort),
    ...files,
  ]);

async function storedObjects(): Promise<{ key: string; bytes: Uint8Array }[]> {
  const store = node.app.get<ObjectStore>(OBJECT_STORE);
  const rows = await node.prisma.instance.findMany({ select: { objectKey: true } });
  return Promise.all(
    rows.map(async ({ objectKey }) => ({ key: objectKey, bytes: await store.get(objectKey) })),
  );
}

describe('the DIMSE listener', () => {
  it('answers C-ECHO from DCMTK echoscu', async () => {
    const echo = await runTool('echoscu', ['-aec', node.aeTitle, '127.0.0.1', String(node.dicomPort)]);
    expect(echo).toMatchObject({ code: 0 });
  });

  it('stores a study sent by storescu once, de-identified, with a pending push item per instance', async () => {
    const files = writeSyntheticStudy(path.join(work, 'study'), { patient: PATIENT, slices: 12, size: 128 });
    expect(await storescu(files)).toMatchObject({ code: 0 });

    const instances = await node.prisma.instance.findMany({ include: { push: true } });
    expect(instances).toHaveLength(12);
    expect(new Set(instances.map((row) => row.pseudonym)).size).toBe(1);
    for (const row of instances) {
      expect(row.pseudonym).toMatch(/^P1[0-9A-Z]{26}$/);
      expect(row.sopInstanceUid).toMatch(/^2\.25\./);
      expect(row).toMatchObject({
        receivedVia: 'dimse',
        callingAeTitle: 'STORESCU',
        modality: 'CT',
        profile: 'research-default',
      });
      expect(row.push?.state).toBeDefined();
    }
    const originalUids = new Set(
      files.map((_, slice) => studyUids({ patient: PATIENT, slices: 12 }).instance(slice)),
    );
    for (const { key, bytes } of await storedObjects()) {
      const text = Buffer.from(bytes).toString('latin1');
      for (const planted of [
        PATIENT.patientId,
        'Lindqvist',
        'Astrid',
        PATIENT.birthDate,
        PATIENT.accessionNumber,
        'Springfield',
      ]) {
        expect(text).not.toContain(planted);
      }
      const file = parseDicom(bytes);
      expect(originalUids.has(file.dataset.getString(Tags.SOPInstanceUID) ?? '')).toBe(false);
      expect(file.dataset.getString(Tags.PatientIdentityRemoved)).toBe('YES');
      expect(key).toMatch(/^[0-9a-f]{64}$/);
    }
    // DCMTK reads what the node stored.
    const store = node.app.get<ObjectStore>(OBJECT_STORE);
    const one = path.join(work, 'stored.dcm');
    writeFileSync(one, await store.get(instances[0]?.objectKey ?? ''));
    const dump = await runTool('dcmdump', [one]);
    expect(dump.code).toBe(0);
    expect(dump.stdout).toContain('LATTICE stage 1');
  });

  it('keeps one copy when the same study is sent twice', async () => {
    const files = writeSyntheticStudy(path.join(work, 'study'), { patient: PATIENT, slices: 12, size: 128 });
    expect(await storescu(files)).toMatchObject({ code: 0 });
    expect(await node.prisma.instance.count()).toBe(12);
    expect(await node.prisma.pushItem.count()).toBe(12);
    expect(
      await node.prisma.ingestEvent.count({ where: { outcome: 'duplicate', receivedVia: 'dimse' } }),
    ).toBe(12);
    expect((await storedObjects()).length).toBe(12);
  });

  it('refuses unknown calling AE titles and a wrong called AE title at association', async () => {
    const unknown = await runAssociation(node.dicomPort, 'INTRUDER', node.aeTitle, [
      storeFile(writeOne('intruder')),
    ]);
    expect(unknown.rejected).toEqual({ result: 1, source: 1, reason: 3 });
    const wrongCalled = await runAssociation(node.dicomPort, 'STORESCU', 'NOT_THE_NODE', [
      storeFile(writeOne('called')),
    ]);
    expect(wrongCalled.rejected).toEqual({ result: 1, source: 1, reason: 7 });
    const echo = await runTool('echoscu', [
      '-aet',
      'INTRUDER',
      '-aec',
      node.aeTitle,
      '127.0.0.1',
      String(node.dicomPort),
    ]);
    expect(echo.code).not.toBe(0);
    expect(`${echo.stdout}${echo.stderr}`).toMatch(/Association Rejected/i);
  });

  it('refuses a malformed object with a failure status and goes on with the association', async () => {
    const before = await node.prisma.instance.count();
    const garbage = Buffer.from('this is not a DICOM data set at all, just some text'.repeat(20), 'latin1');
    const good = storeFile(writeOne('after-garbage', 2));
    const run = await runAssociation(node.dicomPort, 'STORESCU', node.aeTitle, [
      storeRawBytes(garbage, CT, '1.2.826.0.1.3680043.8.498.55.1'),
      good,
    ]);
    expect(run.rejected).toBeUndefined();
    expect(run.sent[0]).toMatchObject({ status: CStoreStatus.CannotUnderstand });
    expect(run.sent[0]?.errorComment).toMatch(/^[A-Z_]+$/);
    expect(run.sent[1]).toMatchObject({ status: CStoreStatus.Success });
    expect(await node.prisma.instance.count()).toBe(before + 1);
    expect(
      await node.prisma.ingestEvent.count({ where: { outcome: 'rejected', receivedVia: 'dimse' } }),
    ).toBeGreaterThanOrEqual(1);
  });

  it('refuses an instance without a Study or Series Instance UID, which no study could hold', async () => {
    const before = await node.prisma.instance.count();
    const file = path.join(work, 'no-study-uid.dcm');
    const patient = { ...PATIENT, patientId: 'MRN-no-study' };
    writeFileSync(
      file,
      syntheticSlice(
        { patient, slices: 1, size: 64, extra: (dataset) => dataset.delete(Tags.StudyInstanceUID) },
        0,
      ),
    );
    const run = await runAssociation(node.dicomPort, 'STORESCU', node.aeTitle, [storeFile(file)]);
    expect(run.sent[0]).toMatchObject({
      status: CStoreStatus.CannotUnderstand,
      errorComment: 'NOT_AN_INSTANCE',
    });
    expect(await node.prisma.instance.count()).toBe(before);
  });

  it('answers A900 when the data set is not of the SOP Class the command announced', async () => {
    const before = await node.prisma.instance.count();
    // The CT data set re-encoded implicit VR little endian, the transfer syntax the node accepts first.
    const implicit = Buffer.from(
      serializeDicom(parseDicom(readFileSync(writeOne('mismatch', 3))), {
        transferSyntaxUid: TransferSyntax.ImplicitVRLittleEndian,
      }),
    );
    const dataset = implicit.subarray(parseDicomDatasetStart(implicit));
    const run = await runAssociation(node.dicomPort, 'STORESCU', node.aeTitle, [
      storeRawBytes(dataset, MR, '1.2.826.0.1.3680043.8.498.55.2'),
    ]);
    expect(run.sent[0]).toMatchObject({
      status: CStoreStatus.DataSetDoesNotMatchSopClass,
      errorComment: 'SOP_CLASS_MISMATCH',
    });
    expect(await node.prisma.instance.count()).toBe(before);
  });

  it('stays up after a peer that sends garbage and one that aborts mid-association', async () => {
    await new Promise<void>((resolve) => {
      const socket = connect(node.dicomPort, '127.0.0.1', () =>
        socket.write(Buffer.from('GET / HTTP/1.1\r\nHost: x\r\n\r\n')),
      );
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
      setTimeout(() => socket.destroy(), 1000);
    });
    await new Promise<void>((resolve) => {
      // An A-ASSOCIATE-RQ header announcing 64 MiB, then the connection dropped.
      const socket = connect(node.dicomPort, '127.0.0.1', () => {
        socket.write(Buffer.from([0x01, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x02]));
        setTimeout(() => socket.destroy(), 200);
      });
      socket.on('close', () => resolve());
      socket.on('error', () => resolve());
    });
    const echo = await runTool('echoscu', ['-aec', node.aeTitle, '127.0.0.1', String(node.dicomPort)]);
    expect(echo.code).toBe(0);
  });

  (orthancInstalled() ? it : it.skip)(
    'receives a study that Orthanc sends through its REST store to the node',
    async () => {
      const orthanc = await startOrthanc({
        modalities: { 'node-a': [node.aeTitle, '127.0.0.1', node.dicomPort] },
      });
      try {
        const patient = { ...PATIENT, patientId: 'MRN-ORTHANC-1', patientName: 'Orthanc^Olga' };
        const ids: string[] = [];
        for (let slice = 0; slice < 5; slice += 1) {
          const upload = await fetch(`${orthanc.httpUrl}/instances`, {
            method: 'POST',
            body: Buffer.from(syntheticSlice({ patient, slices: 5, size: 64 }, slice)),
          });
          expect(upload.status).toBe(200);
          ids.push(((await upload.json()) as { ID: string }).ID);
        }
        const store = await fetch(`${orthanc.httpUrl}/modalities/node-a/store`, {
          method: 'POST',
          body: JSON.stringify({ Resources: ids, Synchronous: true }),
        });
        expect(store.status).toBe(200);
        const stored = await node.prisma.instance.findMany({ where: { callingAeTitle: 'ORTHANC' } });
        expect(stored).toHaveLength(5);
        expect(stored.every((row) => row.receivedVia === 'dimse')).toBe(true);
      } finally {
        await orthanc.stop();
      }
    },
  );
});

/** A one-slice study of its own in a file; `slices` only varies the pixels. */
function writeOne(name: string, studyNumber = 1): string {
  const file = path.join(work, `${name}.dcm`);
  const patient = { ...PATIENT, patientId: `MRN-${name}` };
  writeFileSync(file, syntheticSlice({ patient, slices: 1, size: 64, studyNumber }, 0));
  return file;
}

/** Where a Part 10 file's data set starts (after the preamble and file meta). */
function parseDicomDatasetStart(bytes: Buffer): number {
  const groupLength = bytes.readUInt32LE(132 + 8);
  return 132 + 12 + groupLength;
}
