// The ingest benchmark behind `npm run bench:ingest` (tools/bench-ingest.cjs bundles and runs this file).
//
// DCMTK's storescu sends the 300-slice synthetic CT study (the generator of the de-identification
// benchmark) to node-a's listener on the embedded platform and, in the same run, to an Orthanc on loopback.
// Prints images/s received by each (storescu's wall time, association to release), and for Lattice the
// time from the last image until the whole study is queryable at the center through QIDO-RS, after the
// node's stage 1, the signed push and the center's stage 2. A new study (new patient, new UIDs) per round.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  generateCtStudy,
  orthancInstalled,
  startOrthanc,
  tokenFor,
  writePhantomFiles,
  type TestOrthanc,
} from '@lattice/testing';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

const QUERYABLE_TARGET_SECONDS = 10;

interface Round {
  readonly receiver: string;
  readonly seconds: number;
  readonly queryableAfter?: number;
}

function option(values: Record<string, string | undefined>, name: string, fallback: number): number {
  const text = values[name];
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number`);
  return value;
}

/** storescu's wall time for the files, in seconds; throws when it fails. */
function storescu(port: number, calledAeTitle: string, files: readonly string[]): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn('storescu', ['-aec', calledAeTitle, '127.0.0.1', String(port), ...files], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.once('exit', (code) => {
      if (code === 0) resolve((performance.now() - started) / 1000);
      else reject(new Error(`storescu to ${calledAeTitle} failed (${code}): ${stderr.slice(-2000)}`));
    });
  });
}

/** Seconds until the center's QIDO-RS lists `count` instances of a study from node-a with `vendor`'s images. */
async function untilQueryable(
  platform: TestPlatform,
  token: string,
  known: ReadonlySet<string>,
  count: number,
): Promise<number> {
  const started = performance.now();
  const deadline = Date.now() + 120_000;
  for (;;) {
    const response = await fetch(`${platform.urls.center}/dicomweb/studies?limit=1000`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/dicom+json' },
    });
    const studies = (await response.json()) as Record<string, { Value?: unknown[] }>[];
    const fresh = studies.find((study) => !known.has(String(study['0020000D']?.Value?.[0])));
    if (fresh && Number(fresh['00201208']?.Value?.[0]) >= count) return (performance.now() - started) / 1000;
    if (Date.now() > deadline)
      throw new Error('the study did not become queryable at the center within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function studyUidsAtCenter(platform: TestPlatform, token: string): Promise<Set<string>> {
  const response = await fetch(`${platform.urls.center}/dicomweb/studies?limit=1000`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/dicom+json' },
  });
  const studies = (await response.json()) as Record<string, { Value?: unknown[] }>[];
  return new Set(studies.map((study) => String(study['0020000D']?.Value?.[0])));
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: { rounds: { type: 'string' }, slices: { type: 'string' } },
    strict: true,
  });
  const rounds = option(values, 'rounds', 3);
  const slices = option(values, 'slices', 300);
  if (spawnSync('storescu', ['--version']).status !== 0) {
    console.error('bench:ingest needs DCMTK (storescu): apt-get install dcmtk');
    return 2;
  }
  const work = mkdtempSync(path.join(tmpdir(), 'lattice-bench-ingest-'));
  let platform: TestPlatform | undefined;
  let orthanc: TestOrthanc | undefined;
  // Orthanc as Debian runs it, and with DCMTK's Nagle switch (TCP_NODELAY=1) for comparison.
  let orthancNoDelay: TestOrthanc | undefined;
  try {
    console.log('starting the embedded platform and Orthanc …');
    platform = await startTestPlatform();
    orthanc = orthancInstalled() ? await startOrthanc() : undefined;
    orthancNoDelay = orthancInstalled() ? await startOrthanc({ noDelay: true }) : undefined;
    if (!orthanc) console.log('Orthanc is not installed (apt-get install orthanc): Lattice only');
    const token = await tokenFor(platform.urls.issuer, 'steward');
    const nodePort = Number(platform.env['LATTICE_NODE_A_DICOM_PORT']);

    const studyFiles = (seed: string, count: number) =>
      writePhantomFiles(generateCtStudy({ seed, slices: count }).files(), path.join(work, seed)).paths;

    // Warm-up (JIT, caches, first connections), not timed.
    const warmUp = studyFiles('warm-up', 20);
    await storescu(nodePort, 'NODE_A', warmUp);
    for (const peer of [orthanc, orthancNoDelay])
      if (peer) await storescu(peer.dicomPort, peer.aeTitle, warmUp);

    const results: Round[] = [];
    for (let round = 1; round <= rounds; round += 1) {
      const files = studyFiles(`round-${round}`, slices);
      spawnSync('sync');
      const known = await studyUidsAtCenter(platform, token);
      const sendToLattice = async () => {
        const seconds = await storescu(nodePort, 'NODE_A', files);
        const queryableAfter = await untilQueryable(platform as TestPlatform, token, known, slices);
        results.push({ receiver: 'lattice', seconds, queryableAfter });
        console.log(
          `  round ${round}  lattice node-a   ${seconds.toFixed(2)} s, queryable at the center ${queryableAfter.toFixed(2)} s after the last image`,
        );
      };
      const sendToOrthanc = async () => {
        for (const [receiver, peer] of [
          ['orthanc', orthanc],
          ['orthanc-nodelay', orthancNoDelay],
        ] as const) {
          if (!peer) continue;
          spawnSync('sync');
          const seconds = await storescu(peer.dicomPort, peer.aeTitle, files);
          results.push({ receiver, seconds });
          console.log(`  round ${round}  ${receiver.padEnd(16)} ${seconds.toFixed(2)} s`);
        }
      };
      // Alternate who goes first, so neither always follows the other's disk write-back.
      if (round % 2 === 1) {
        await sendToLattice();
        spawnSync('sync');
        await sendToOrthanc();
      } else {
        await sendToOrthanc();
        spawnSync('sync');
        await sendToLattice();
      }
      rmSync(path.join(work, `round-${round}`), { recursive: true, force: true });
    }

    const rate = (receiver: string) =>
      slices / median(results.filter((r) => r.receiver === receiver).map((r) => r.seconds));
    const queryable = median(
      results.filter((r) => r.queryableAfter !== undefined).map((r) => r.queryableAfter as number),
    );
    console.log(
      `\n${slices} CT slices of 512×512 (${((slices * 524_288) / 1e6).toFixed(0)} MB of pixels) per round, ` +
        `${availableParallelism()} CPUs, median of ${rounds} rounds\n`,
    );
    console.log('receiver                 images/s   note');
    console.log(
      `lattice (node-a)         ${rate('lattice').toFixed(1).padStart(8)}   stage 1 at the node; push and stage 2 run behind`,
    );
    if (orthanc)
      console.log(`orthanc (Debian)         ${rate('orthanc').toFixed(1).padStart(8)}   stores as received`);
    console.log(
      `\nqueryable at the center (QIDO-RS) ${queryable.toFixed(2)} s after the last image (target ${QUERYABLE_TARGET_SECONDS} s)`,
    );
    const fastEnough = !orthanc || rate('lattice') >= rate('orthanc');
    if (orthanc) {
      console.log(
        `ratio lattice / orthanc (images/s): ${(rate('lattice') / rate('orthanc')).toFixed(2)} (target 1.00)`,
      );
    }
    const met = fastEnough && queryable <= QUERYABLE_TARGET_SECONDS;
    console.log(met ? 'targets met' : 'below a target');
    return met ? 0 : 1;
  } finally {
    await orthanc?.stop();
    await orthancNoDelay?.stop();
    await platform?.destroy();
    rmSync(work, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
