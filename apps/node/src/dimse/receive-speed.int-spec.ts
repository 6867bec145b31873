import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workspaceRoot } from '@lattice/auth';
import { ensureAppBuilt } from '../ingest/spec-support/built-app';
import { dcmtkAvailable, runTool } from '../ingest/spec-support/dcmtk';
import { orthancInstalled, startOrthanc, type TestOrthanc } from '../ingest/spec-support/orthanc';
import { writeSyntheticStudy, type SyntheticPatient } from '../ingest/spec-support/synthetic-study';
import { prepareNodeEnvironment, type NodeEnvironment } from '../ingest/spec-support/test-node';

// LATTICE_INGEST_BENCH=1 measures how fast storescu's 300-slice 512×512 CT study is received by the
// node (stage 1 included, built bundle) and by Orthanc on loopback, in alternating rounds.
const BENCH = process.env['LATTICE_INGEST_BENCH'] === '1';
const SLICES = Number(process.env['LATTICE_INGEST_BENCH_SLICES'] ?? 300);
const ROUNDS = Number(process.env['LATTICE_INGEST_BENCH_ROUNDS'] ?? 2);

const patient = (round: number): SyntheticPatient => ({
  patientId: `MRN-BENCH-${round}`,
  patientName: `Bench^Round${round}`,
  birthDate: '19650405',
  accessionNumber: `ACC-BENCH-${round}`,
  institution: 'Springfield General Hospital',
});

(BENCH && orthancInstalled() ? describe : describe.skip)(
  'receive speed against Orthanc (LATTICE_INGEST_BENCH=1)',
  () => {
    let environment: NodeEnvironment;
    let node: ChildProcess;
    let work: string;
    const orthancs: Record<string, TestOrthanc> = {};

    beforeAll(async () => {
      if (!(await dcmtkAvailable())) throw new Error('DCMTK storescu is required');
      const entry = ensureAppBuilt('node');
      environment = await prepareNodeEnvironment({ LOG_LEVEL: 'warn' });
      work = mkdtempSync(path.join(tmpdir(), 'lattice-bench-'));
      node = spawn(process.execPath, [entry], {
        cwd: workspaceRoot(),
        env: { PATH: process.env['PATH'] ?? '', ...environment.env, LOG_LEVEL: 'info' },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await new Promise<void>((resolve, reject) => {
        let seen = '';
        node.stdout?.on('data', (chunk: Buffer) => {
          seen += chunk.toString('utf8');
          if (seen.includes('"event":"ingest.repair_done"')) resolve();
        });
        node.once('exit', (code) => reject(new Error(`the node exited (${code}): ${seen}`)));
      });
      orthancs['packaged'] = await startOrthanc();
      orthancs['TCP_NODELAY=1'] = await startOrthanc({ noDelay: true });
    }, 300_000);

    afterAll(async () => {
      node?.kill('SIGTERM');
      for (const orthanc of Object.values(orthancs)) await orthanc.stop();
      await environment?.stop();
      if (work) rmSync(work, { recursive: true, force: true });
    }, 120_000);

    it(`receives ${SLICES} slices of 512×512 at least as fast as Orthanc as packaged`, async () => {
      const timings: Record<string, number[]> = {
        lattice: [],
        'orthanc (packaged)': [],
        'orthanc (TCP_NODELAY=1)': [],
      };
      const send = async (port: number, aeTitle: string, files: string[]) => {
        const started = performance.now();
        const run = await runTool(
          'storescu',
          ['-aec', aeTitle, '127.0.0.1', String(port), ...files],
          600_000,
        );
        if (run.code !== 0) throw new Error(`storescu to ${aeTitle} failed: ${run.stderr}`);
        return (performance.now() - started) / 1000;
      };
      const receiversOf = (files: string[]): [string, () => Promise<number>][] => [
        ['orthanc (packaged)', () => send(orthancs['packaged']?.dicomPort ?? 0, 'ORTHANC', files)],
        ['lattice', () => send(Number(environment.env['DICOM_PORT']), 'NODE_A', files)],
        ['orthanc (TCP_NODELAY=1)', () => send(orthancs['TCP_NODELAY=1']?.dicomPort ?? 0, 'ORTHANC', files)],
      ];
      // A short warm-up study for every receiver (the node's JIT, Orthanc's caches), not timed.
      const warmUp = writeSyntheticStudy(path.join(work, 'warm-up'), {
        patient: patient(99),
        slices: 30,
        size: 512,
      });
      for (const [, receive] of receiversOf(warmUp)) await receive();
      for (let round = 0; round < ROUNDS; round += 1) {
        // A new study per round: the node would otherwise answer duplicates, which cost less.
        const files = writeSyntheticStudy(path.join(work, `round-${round}`), {
          patient: patient(round),
          slices: SLICES,
          size: 512,
        });
        const receivers = receiversOf(files);
        // Alternate the order so that no receiver always runs right after the same neighbour.
        if (round % 2 === 1) receivers.reverse();
        for (const [name, receive] of receivers) {
          // Each receiver starts from a clean page cache: Orthanc leaves its files to be written back
          // later (it does not fsync them), which would otherwise slow down whoever runs next.
          await runTool('sync', []);
          timings[name]?.push(await receive());
        }
        rmSync(path.join(work, `round-${round}`), { recursive: true, force: true });
      }
      const best = (name: string) => Math.min(...(timings[name] ?? [Infinity]));
      const median = (name: string) => {
        const sorted = [...(timings[name] ?? [])].sort((a, b) => a - b);
        return sorted[Math.floor((sorted.length - 1) / 2)] ?? Infinity;
      };
      const lines = Object.keys(timings).map(
        (name) =>
          `${name.padEnd(26)} ${(timings[name] ?? []).map((seconds) => seconds.toFixed(2)).join(' s, ')} s; ` +
          `best ${(SLICES / best(name)).toFixed(1)}, median ${(SLICES / median(name)).toFixed(1)} instances/s`,
      );
      console.log(
        `storescu → ${SLICES} CT slices 512×512 (${((SLICES * 524_288) / 1e6).toFixed(0)} MB of pixels) per round\n${lines.join('\n')}`,
      );
      // The target: at least as fast as Orthanc as Debian installs it. Orthanc with Nagle switched off
      // (and, unlike the node, not syncing its files to disk) is printed for comparison.
      expect(median('lattice')).toBeLessThanOrEqual(median('orthanc (packaged)'));
    }, 1_800_000);
  },
);
