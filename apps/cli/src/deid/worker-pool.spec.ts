import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunCodes } from './run-codes';
import { temporaryFolder } from './spec-support/temporary-folder';
import { DeidWorkerPool, WorkerSetupError } from './worker-pool';
import { DEID_WORKER_ROLE, type DeidWorkerData, type FileResult } from './worker-protocol';

// A stand-in thread speaking the pool's protocol: it answers each path after a short delay, dies on
// "crash", and refuses to start when told to.
const STAND_IN = `
const { parentPort, workerData } = require('node:worker_threads');
if (workerData.refuse) {
  parentPort.postMessage({ type: 'setup-failed', message: 'the key is weak' });
} else {
  parentPort.on('message', (message) => {
    if (message.type === 'stop') return parentPort.close();
    if (message.path === 'crash') process.exit(3);
    setTimeout(() => parentPort.postMessage({
      type: 'result', id: message.id,
      result: { status: 'deidentified', output: message.path + '.out', bytesIn: 1, bytesOut: 1 },
    }), 2);
  });
  parentPort.postMessage({ type: 'ready' });
}
`;

describe('DeidWorkerPool', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  let script: string;
  const workerData = (refuse = false) =>
    ({
      role: DEID_WORKER_ROLE,
      key: { kid: 'k', bytes: new Uint8Array(32) },
      profile: { name: 'basic', options: [] },
      stage: 1,
      ocr: false,
      outputRoot: '/nowhere',
      refuse,
    }) as DeidWorkerData;

  beforeAll(() => {
    folder = temporaryFolder('lattice-pool');
    script = join(folder.path, 'stand-in.cjs');
    writeFileSync(script, STAND_IN);
  });
  afterAll(() => folder.remove());

  it('answers every file, never holding more than two per thread', async () => {
    const pool = await DeidWorkerPool.start({ script, argv: [], workerData: workerData(), jobs: 2 });
    const results: Promise<FileResult>[] = [];
    let mostInFlight = 0;
    for (let i = 0; i < 40; i += 1) {
      await pool.whenSlotFree();
      results.push(pool.submit(`file-${i}`));
      mostInFlight = Math.max(mostInFlight, pool.inFlight);
    }
    const answered = await Promise.all(results);
    await pool.close();
    expect(answered.map((result) => result.output)).toEqual(results.map((_, i) => `file-${i}.out`));
    expect(mostInFlight).toBe(4);
  });

  it('fails the file a dying thread held and carries on with a replacement', async () => {
    const pool = await DeidWorkerPool.start({ script, argv: [], workerData: workerData(), jobs: 1 });
    const crashed = await pool.submit('crash');
    expect(crashed).toMatchObject({ status: 'failed', code: RunCodes.workerStopped });
    await pool.whenSlotFree();
    expect(await pool.submit('after')).toMatchObject({ status: 'deidentified', output: 'after.out' });
    await pool.close();
  });

  it('fails to start with the reason a thread gives', async () => {
    const starting = DeidWorkerPool.start({ script, argv: [], workerData: workerData(true), jobs: 2 });
    await expect(starting).rejects.toThrow(WorkerSetupError);
    await expect(starting).rejects.toThrow('the key is weak');
  });
});
