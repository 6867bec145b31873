import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Client, Dataset, log as dimseLog, requests, type responses } from 'dcmjs-dimse';
import { parseDicom, serializeDicom, Tags, TransferSyntax } from '@lattice/dicom';
import { generateDemoCohort } from '@lattice/testing';

/** Where the demo studies of one node go: its DICOM listener. */
export interface DemoTarget {
  readonly nodeId: string;
  readonly dicomPort: number;
  readonly calledAeTitle: string;
}

/** What seeding sent to one node. */
export interface DemoSeedOutcome {
  readonly nodeId: string;
  /** `seeded` now, `already` by an earlier start, or `failed` (tried again at the next start). */
  readonly state: 'seeded' | 'already' | 'failed';
  readonly studies: number;
  readonly images: number;
  /** C-STOREs the node did not answer with success (0000) or a warning (Bxxx). */
  readonly refused: number;
  readonly detail?: string;
}

// The calling AE title DCMTK's storescu uses: on every node's default allow-list, as a modality would be.
const CALLING_AE_TITLE = 'STORESCU';

/** The marker written once a node's demo data was accepted, so each node is seeded once. */
export function demoMarkerFile(home: string, nodeId: string): string {
  return path.join(home, 'demo', `${nodeId}.seeded`);
}

/**
 * Sends each node its demo studies once, through the node's own C-STORE listener like a modality would:
 * synthetic CT (libs/testing) from both scanner vendors, a few patients, two with a second study. The
 * cohort differs per node. A node that refuses or cannot be reached is tried again at the next start;
 * a resend is harmless (the node keeps one copy of an instance).
 */
export async function seedDemoData(home: string, targets: readonly DemoTarget[]): Promise<DemoSeedOutcome[]> {
  const outcomes: DemoSeedOutcome[] = [];
  for (const target of targets) {
    const marker = demoMarkerFile(home, target.nodeId);
    if (existsSync(marker)) {
      outcomes.push({ nodeId: target.nodeId, state: 'already', studies: 0, images: 0, refused: 0 });
      continue;
    }
    const cohort = generateDemoCohort({ seed: `lattice-demo/${target.nodeId}` });
    const files = cohort.studies.flatMap((study) => [...study.files()].map((file) => file.bytes));
    let refused = 0;
    let detail: string | undefined;
    try {
      refused = await storeAll(target, files);
    } catch (error) {
      detail = error instanceof Error ? error.message : String(error);
    }
    const state = detail === undefined && refused === 0 ? 'seeded' : 'failed';
    if (state === 'seeded') {
      mkdirSync(path.dirname(marker), { recursive: true });
      writeFileSync(marker, `${new Date().toISOString()} ${files.length} images\n`);
    }
    outcomes.push({
      nodeId: target.nodeId,
      state,
      studies: cohort.studies.length,
      images: files.length,
      refused,
      ...(detail === undefined ? {} : { detail }),
    });
  }
  return outcomes;
}

/** One association carrying every file; resolves with the number of C-STOREs not answered with success. */
function storeAll(target: DemoTarget, files: readonly Uint8Array[]): Promise<number> {
  dimseLog.setLevel('silent');
  return new Promise((resolve, reject) => {
    const client = new Client();
    let refused = 0;
    let answered = 0;
    let failure: string | undefined;
    for (const file of files) {
      const request = new requests.CStoreRequest(unparsedDataset(file));
      request.on('response', (response: responses.CStoreResponse) => {
        answered += 1;
        const status = response.getStatus();
        if (status !== 0 && (status & 0xf000) !== 0xb000) refused += 1;
      });
      client.addRequest(request);
    }
    client.on('associationRejected', () => (failure = `${target.nodeId} refused the association`));
    client.on('networkError', (error: Error) => (failure = `${target.nodeId}: ${error.message}`));
    client.on('closed', () => {
      if (failure !== undefined) reject(new Error(failure));
      else resolve(refused + (files.length - answered));
    });
    client.send('127.0.0.1', target.dicomPort, CALLING_AE_TITLE, target.calledAeTitle, {
      associationTimeout: 30_000,
      pduTimeout: 60_000,
    });
  });
}

/**
 * A Part 10 file's data set as dcmjs-dimse sends it: written by libs/dicom in implicit VR little endian
 * (the transfer syntax dcmjs-dimse proposes first, so it never re-encodes) and handed over as bytes. The
 * library would otherwise read the file into its own model and write it again: slow, and lossy for
 * private blocks.
 */
function unparsedDataset(file: Uint8Array): Dataset {
  const parsed = parseDicom(file);
  const implicit = serializeDicom(parsed, { transferSyntaxUid: TransferSyntax.ImplicitVRLittleEndian });
  // UI values are padded with NUL to an even length.
  const uid = (tag: typeof Tags.SOPClassUID) => (parsed.dataset.getString(tag) ?? '').replace(/[\0 ]+$/, '');
  const dataset = new Dataset(
    { SOPClassUID: uid(Tags.SOPClassUID), SOPInstanceUID: uid(Tags.SOPInstanceUID) },
    TransferSyntax.ImplicitVRLittleEndian,
  );
  // After the preamble and "DICM" (132 bytes), (0002,0000) UL gives the meta group's length (12-byte element).
  const view = new DataView(implicit.buffer, implicit.byteOffset, implicit.byteLength);
  if (view.getUint32(132, true) !== 0x0002) throw new Error('a written file has no meta group length');
  const datasetStart = 144 + view.getUint32(140, true);
  const bytes = Buffer.from(
    implicit.buffer,
    implicit.byteOffset + datasetStart,
    implicit.byteLength - datasetStart,
  );
  (dataset as unknown as { getDenaturalizedDataset: () => Buffer }).getDenaturalizedDataset = () => bytes;
  return dataset;
}
