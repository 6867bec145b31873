import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadNodeConfig } from '@lattice/config';
import { KEY_FILE_FORMAT, readSecretKeyFile } from '@lattice/keys';
import { createObjectStore, sha256Hex, type ObjectStore } from '@lattice/storage';
import { workspaceRoot } from '@lattice/auth';
import { Vault } from '../vault/vault';
import { ensureAppBuilt } from './spec-support/built-app';
import { dcmtkAvailable, runTool } from './spec-support/dcmtk';
import { syntheticSlice, writeSyntheticStudy } from './spec-support/synthetic-study';
import { prepareNodeEnvironment, type NodeEnvironment } from './spec-support/test-node';
import { DICOM_CONTENT_TYPE } from './instance-writer';

jest.setTimeout(300_000);

const SLICES = 60;
const PATIENT = {
  patientId: 'MRN-CRASH-77',
  patientName: 'Okafor^Chidi',
  birthDate: '19700707',
  accessionNumber: 'ACC-CRASH-1',
  institution: 'Springfield General Hospital',
};

/** The built node bundle running as a child process, with its log lines. */
interface NodeProcess {
  readonly child: ChildProcess;
  readonly lines: string[];
  waitFor(event: string, timeoutMs?: number): Promise<void>;
}

let environment: NodeEnvironment;
let entry: string;
let work: string;
let database: pg.Client;
let store: ObjectStore;
let running: NodeProcess | null = null;

beforeAll(async () => {
  if (!(await dcmtkAvailable())) throw new Error('DCMTK (storescu) is required for this test');
  entry = ensureAppBuilt('node');
  environment = await prepareNodeEnvironment();
  work = mkdtempSync(path.join(tmpdir(), 'lattice-crash-'));
  database = new pg.Client({ connectionString: environment.databaseUrl });
  await database.connect();
  store = createObjectStore(loadNodeConfig(environment.env), { publicBaseUrl: 'http://127.0.0.1' });
});

afterAll(async () => {
  if (running?.child.exitCode === null) running.child.kill('SIGKILL');
  await database?.end();
  await environment?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

function startNode(): NodeProcess {
  const child = spawn(process.execPath, [entry], {
    cwd: workspaceRoot(),
    env: { PATH: process.env['PATH'] ?? '', ...environment.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let partial = '';
  const waiters: { event: string; resolve: () => void }[] = [];
  const onData = (chunk: Buffer) => {
    partial += chunk.toString('utf8');
    const complete = partial.split('\n');
    partial = complete.pop() ?? '';
    for (const line of complete) {
      lines.push(line);
      for (const waiter of [...waiters]) {
        if (line.includes(`"event":"${waiter.event}"`)) {
          waiters.splice(waiters.indexOf(waiter), 1);
          waiter.resolve();
        }
      }
    }
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  return {
    child,
    lines,
    waitFor: (event, timeoutMs = 60_000) =>
      new Promise<void>((resolve, reject) => {
        if (lines.some((line) => line.includes(`"event":"${event}"`))) return resolve();
        const timer = setTimeout(
          () => reject(new Error(`no ${event} from the node:\n${lines.slice(-20).join('\n')}`)),
          timeoutMs,
        );
        child.once('exit', (code) =>
          reject(new Error(`the node exited (${code}):\n${lines.slice(-20).join('\n')}`)),
        );
        waiters.push({ event, resolve: () => (clearTimeout(timer), resolve()) });
      }),
  };
}

async function count(sql: string): Promise<number> {
  return Number((await database.query<{ n: string }>(sql)).rows[0]?.n ?? 0);
}

/** Rows and objects must match one to one: no row without its object, no DICOM object without a row. */
async function expectConsistent(): Promise<number> {
  const rows = (
    await database.query<{ object_key: string; byte_length: number }>(
      'SELECT object_key, byte_length FROM instances',
    )
  ).rows;
  for (const row of rows) {
    const object = await store.stat(row.object_key);
    expect(object?.size).toBe(row.byte_length);
  }
  const keys: string[] = [];
  for await (const object of store.list())
    if (object.contentType === DICOM_CONTENT_TYPE) keys.push(object.key);
  expect(keys.sort()).toEqual(rows.map((row) => row.object_key).sort());
  expect(await count('SELECT count(*) AS n FROM push_items')).toBe(rows.length);
  expect(await count('SELECT count(*) - count(DISTINCT sop_instance_uid) AS n FROM instances')).toBe(0);
  return rows.length;
}

const storescu = (files: readonly string[]) =>
  runTool(
    'storescu',
    ['-aec', 'NODE_A', '127.0.0.1', environment.env['DICOM_PORT'] ?? '', ...files],
    240_000,
  );

it('leaves no partial or duplicate instance when the node is killed mid-ingest and restarted', async () => {
  const files = writeSyntheticStudy(path.join(work, 'study'), {
    patient: PATIENT,
    slices: SLICES,
    size: 256,
  });
  running = startNode();
  await running.waitFor('dimse.listening');

  const sending = storescu(files);
  const deadline = Date.now() + 120_000;
  while ((await count('SELECT count(*) AS n FROM instances')) < 8) {
    if (Date.now() > deadline) throw new Error('the node stored nothing');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  running.child.kill('SIGKILL');
  await new Promise((resolve) => running?.child.once('exit', resolve));
  const interrupted = await sending;
  expect(interrupted.code).not.toBe(0);
  const storedBeforeCrash = await count('SELECT count(*) AS n FROM instances');
  expect(storedBeforeCrash).toBeLessThan(SLICES);

  // What a crash between the store write and the commit leaves: an object, and a vault original, nobody references.
  const orphan = syntheticSlice({ patient: { ...PATIENT, patientId: 'MRN-ORPHAN' }, slices: 1, size: 32 }, 0);
  await store.put(orphan, { contentType: DICOM_CONTENT_TYPE });
  const vault = await Vault.open(
    environment.vaultDir,
    readSecretKeyFile(environment.env['VAULT_KEY_FILE'] ?? ''),
  );
  await vault.keepOriginal(sha256Hex(orphan), orphan);

  running = startNode();
  await running.waitFor('ingest.repair_done');
  const repair = JSON.parse(
    running.lines.find((line) => line.includes('"event":"ingest.repair_done"')) ?? '{}',
  );
  expect(repair.orphanObjects).toBeGreaterThanOrEqual(1);
  expect(repair.orphanOriginals).toBe(1);
  expect(await vault.listOriginals()).toEqual([]);
  expect(await expectConsistent()).toBe(storedBeforeCrash);

  expect(await storescu(files)).toMatchObject({ code: 0 });
  expect(await expectConsistent()).toBe(SLICES);
  expect(await count(`SELECT count(*) AS n FROM ingest_events WHERE outcome = 'duplicate'`)).toBe(
    storedBeforeCrash,
  );

  // A graceful stop: the listener closes and the process ends on the signal, not on an error.
  const exited = new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
    running?.child.once('exit', (code, signal) => resolve([code, signal])),
  );
  running.child.kill('SIGTERM');
  const [code, signal] = await exited;
  expect(code === 0 || signal === 'SIGTERM').toBe(true);
  expect(running.lines.some((line) => line.includes('"event":"dimse.stopped"'))).toBe(true);
});

describe('a node with unusable keys', () => {
  async function refusedStart(
    overrides: Record<string, string>,
  ): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, [entry], {
      cwd: workspaceRoot(),
      env: { PATH: process.env['PATH'] ?? '', ...environment.env, ...overrides },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const code = await new Promise<number | null>((resolve) =>
      child.once('exit', (exitCode) => resolve(exitCode)),
    );
    return { code, output };
  }

  it('does not start, and says which key file and why', async () => {
    const open = path.join(work, 'open.key');
    copyFileSync(environment.env['PSEUDONYM_KEY_FILE'] ?? '', open);
    chmodSync(open, 0o644);
    const weak = path.join(work, 'weak.key');
    const key = Buffer.alloc(32, 7).toString('base64');
    writeFileSync(
      weak,
      JSON.stringify({
        format: KEY_FILE_FORMAT,
        type: 'secret',
        kid: '0000000000000000',
        created: new Date().toISOString(),
        key,
      }),
      { mode: 0o600 },
    );

    const tooOpen = await refusedStart({ PSEUDONYM_KEY_FILE: open });
    expect(tooOpen.code).toBe(1);
    expect(tooOpen.output).toMatch(
      /PSEUDONYM_KEY_FILE: .*open\.key: key file is accessible by group or others.*chmod 600/,
    );
    const missing = await refusedStart({ VAULT_KEY_FILE: path.join(work, 'nowhere.key') });
    expect(missing.code).toBe(1);
    expect(missing.output).toMatch(/VAULT_KEY_FILE: .*nowhere\.key: key file not found/);
    const weakKey = await refusedStart({ PSEUDONYM_KEY_FILE: weak });
    expect(weakKey.code).toBe(1);
    expect(weakKey.output).toMatch(/PSEUDONYM_KEY_FILE: .*weak\.key: secret key is weak/);
  });
});
