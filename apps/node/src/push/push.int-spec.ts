// The push worker against the real center (its built bundle in a child process): delivery and speed for a
// 300-slice study, the center going down mid-push and coming back, re-sending, consent and refusals.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseDicom, Tags } from '@lattice/dicom';
import { generateSecretKey } from '@lattice/keys';
import { startPushHarness, type PushHarness } from './spec-support/push-harness';
import { stage1, stage1Context, syntheticOriginal, type SyntheticSeries } from '@lattice/testing';

const context = stage1Context(generateSecretKey());
const TARGET_SECONDS = 10;

function study(name: string, id: string, instances: number, size: number): SyntheticSeries {
  return {
    patient: {
      patientName: `${name}^Evangeline`,
      patientId: `MRN-${id}-QX`,
      birthDate: '19610228',
      institution: 'Hollowbrook General Infirmary',
      accessionNumber: `HGI${id}77`,
      referringPhysician: 'Szymanski^Leopold',
    },
    studyInstanceUid: `1.2.826.0.1.3680043.8.498.${id}`,
    seriesInstanceUid: `1.2.826.0.1.3680043.8.498.${id}.1`,
    studyDate: '20240917',
    modality: 'CT',
    manufacturer: 'ACME MEDICAL',
    model: 'Scanner 9000',
    seriesNumber: 1,
    instances,
    size,
  };
}

async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined | false>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe('push to the center', () => {
  let harness: PushHarness;
  const states = async (uids: readonly string[]) => {
    const { rows } = await harness.node.query<{ state: string; n: number }>(
      'SELECT state, count(*)::int AS n FROM push_items WHERE sop_instance_uid = ANY($1) GROUP BY state',
      [uids],
    );
    return Object.fromEntries(rows.map((row) => [row.state, row.n])) as Record<string, number>;
  };
  const centerInstances = async () =>
    (await harness.center.query<{ n: number }>('SELECT count(*)::int AS n FROM instances')).rows[0]?.n ?? 0;

  beforeAll(async () => {
    harness = await startPushHarness({ concurrency: 4, maxBackoffSeconds: 2 });
  }, 300_000);

  afterAll(async () => {
    await harness?.stop();
  });

  it(`delivers a 300-slice CT study, confirmed and queryable at the center within ${TARGET_SECONDS} s`, async () => {
    const series = study('Pemberton', '81001', 300, 512);
    const files: Uint8Array[] = [];
    for (let i = 0; i < series.instances; i += 1)
      files.push(await stage1(syntheticOriginal(series, i), context));
    const uids: string[] = [];
    for (const file of files) uids.push(await harness.enqueue(file));

    const started = performance.now();
    harness.notify();
    await waitFor('300 instances at the center', async () => (await centerInstances()) === 300, 60_000);
    const seconds = (performance.now() - started) / 1000;
    const steward = await harness.userToken('steward');
    const studies = (await (
      await fetch(`${harness.centerUrl}/dicomweb/studies`, {
        headers: { authorization: `Bearer ${steward}` },
      })
    ).json()) as any[];
    const queryable = (performance.now() - started) / 1000;
    console.log(
      `push + stage 2: 300 instances (512×512, ${((files[0]?.byteLength ?? 0) / 1024) | 0} KiB each) in ${seconds.toFixed(2)} s ` +
        `(${(300 / seconds).toFixed(0)} instances/s), QIDO shows the study at ${queryable.toFixed(2)} s`,
    );
    expect(studies).toHaveLength(1);
    expect(studies[0]['00201208'].Value).toEqual([300]);
    expect(queryable).toBeLessThan(TARGET_SECONDS);
    await waitFor('every item confirmed', async () => (await states(uids)).confirmed === 300);

    const summary = await fetch(`${harness.nodeUrl}/api/push`, {
      headers: { authorization: `Bearer ${await harness.userToken('operator-a')}` },
    });
    expect(summary.status).toBe(200);
    expect(await summary.json()).toMatchObject({
      counts: { pending: 0, sent: 0, confirmed: 300, withdrawn: 0, failed: 0 },
      oldestPendingAt: null,
      nextAttemptAt: null,
      lastDeliveryAt: expect.stringMatching(/^\d{4}-/),
    });
  }, 180_000);

  it('arrives as an instance that dcmdump reads with no original identifying value and both stages recorded', async () => {
    const { rows } = await harness.center.query<{ study: string; series: string; sop: string }>(
      `SELECT se.study_instance_uid AS study, se.series_instance_uid AS series, i.sop_instance_uid AS sop
       FROM instances i JOIN series se ON se.series_instance_uid = i.series_instance_uid WHERE i.instance_number = 7`,
    );
    const { study: studyUid, series: seriesUid, sop } = rows[0] ?? { study: '', series: '', sop: '' };
    const response = await fetch(
      `${harness.centerUrl}/dicomweb/studies/${studyUid}/series/${seriesUid}/instances/${sop}`,
      {
        headers: { authorization: `Bearer ${await harness.userToken('steward')}` },
      },
    );
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    const start = body.indexOf('\r\n\r\n') + 4;
    const end = body.lastIndexOf('\r\n--');
    const dir = mkdtempSync(path.join(tmpdir(), 'lattice-push-wado-'));
    try {
      writeFileSync(path.join(dir, 'i.dcm'), body.subarray(start, end));
      const dump = execFileSync('dcmdump', ['+L', path.join(dir, 'i.dcm')], {
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      const planted = study('Pemberton', '81001', 1, 512).patient;
      for (const value of [...Object.values(planted), 'Pemberton', 'Evangeline', 'Szymanski', 'Leopold']) {
        expect(dump).not.toContain(value);
      }
      expect(dump).not.toContain('1.2.826.0.1.3680043.8.498.81001');
      expect(dump).toMatch(/LATTICE stage 1: research-default[^\n]*\\LATTICE stage 2: research-default/);
      expect(dump.match(/\(0008,0100\) SH \[113100\]/g)).toHaveLength(2);
      expect(dump).toMatch(/\(0012,0062\) CS \[YES\]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps the queue while the center is down, backs off, and delivers everything once it returns', async () => {
    const series = study('Ashcombe', '82002', 40, 128);
    const uids: string[] = [];
    for (let i = 0; i < series.instances; i += 1)
      uids.push(await harness.enqueue(await stage1(syntheticOriginal(series, i), context)));
    const before = await centerInstances();
    const contactsBefore =
      (await harness.node.query<{ n: number }>('SELECT count(*)::int AS n FROM center_contacts')).rows[0]
        ?.n ?? 0;

    harness.notify();
    await waitFor('a few confirmations', async () => ((await states(uids)).confirmed ?? 0) >= 3);
    await harness.killCenter();
    const outage = Date.now();

    await waitFor('the worker to notice', async () => {
      const summary = (await (
        await fetch(`${harness.nodeUrl}/api/push`, {
          headers: { authorization: `Bearer ${await harness.userToken('operator-a')}` },
        })
      ).json()) as any;
      return summary.lastErrorCode === 'unreachable' && summary.link.pausedUntil !== null && summary;
    });
    await new Promise((resolve) => setTimeout(resolve, 4000));
    const during = await states(uids);
    expect(during.failed).toBeUndefined();
    expect((during.pending ?? 0) + (during.sent ?? 0)).toBeGreaterThan(0);
    // Backoff, not a tight loop: a handful of attempts in four seconds, not thousands.
    const { rows } = await harness.node.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM center_contacts WHERE outcome = 'unreachable' AND attempted_at >= $1",
      [new Date(outage)],
    );
    expect(rows[0]?.n).toBeGreaterThan(0);
    expect(rows[0]?.n).toBeLessThan(40);

    await harness.startCenter();
    await waitFor('all 40 confirmed', async () => (await states(uids)).confirmed === 40, 30_000);
    expect(await centerInstances()).toBe(before + 40);
    const received = await harness.center.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM received_objects',
    );
    expect(received.rows[0]?.n).toBe(before + 40);
    const contacts = await harness.node.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM center_contacts',
    );
    expect(contacts.rows[0]?.n).toBeGreaterThan(contactsBefore);
  }, 120_000);

  it('sends the same study again without a second copy at the center', async () => {
    const before = await centerInstances();
    const { rows } = await harness.node.query<{ sop_instance_uid: string }>(
      "UPDATE push_items SET state = 'pending', next_attempt_at = now() WHERE state = 'confirmed' RETURNING sop_instance_uid",
    );
    harness.notify();
    const uids = rows.map((row) => row.sop_instance_uid);
    await waitFor(
      'every item confirmed again',
      async () => (await states(uids)).confirmed === uids.length,
      60_000,
    );
    expect(await centerInstances()).toBe(before);
    const outcomes = await harness.node.query<{ center_outcome: string; n: number }>(
      'SELECT center_outcome, count(*)::int AS n FROM push_items GROUP BY center_outcome',
    );
    expect(outcomes.rows).toEqual([{ center_outcome: 'stored', n: uids.length }]);
  }, 90_000);

  it("withdraws an opted-out patient's items and sends none of them", async () => {
    const series = study('Kittredge', '83003', 5, 64);
    const files: Uint8Array[] = [];
    for (let i = 0; i < series.instances; i += 1)
      files.push(await stage1(syntheticOriginal(series, i), context));
    const contacts = async () =>
      (
        await harness.node.query<{ n: number }>(
          "SELECT count(*)::int AS n FROM center_contacts WHERE kind = 'push'",
        )
      ).rows[0]?.n;
    const before = { center: await centerInstances(), contacts: await contacts() };
    // The opt-out is on record (by pseudonym, as the node keeps it) before the items are queued.
    const pseudonym = parseDicom(files[0] as Uint8Array).dataset.getString(Tags.PatientID);
    await harness.node.query(
      "INSERT INTO consent_opt_outs (patient_digest, pseudonym, recorded_by, source) VALUES ('digest-83003', $1, 'operator-a', 'operator')",
      [pseudonym],
    );
    const uids: string[] = [];
    for (const file of files) uids.push(await harness.enqueue(file));
    harness.notify();
    await waitFor('all withdrawn', async () => (await states(uids)).withdrawn === 5);
    expect(await centerInstances()).toBe(before.center);
    expect(await contacts()).toBe(before.contacts);
  });

  it('fails an item the center refuses for good, with its code', async () => {
    const original = syntheticOriginal(study('Underhill', '84004', 1, 64), 0);
    const uid = await harness.enqueue(original);
    harness.notify();
    const row = await waitFor('the refusal', async () => {
      const { rows } = await harness.node.query<{ state: string; last_error: string }>(
        'SELECT state, last_error FROM push_items WHERE sop_instance_uid = $1',
        [uid],
      );
      return rows[0]?.state === 'failed' && rows[0];
    });
    expect(row.last_error).toBe('422 NOT_STAGE1_OUTPUT');
  });

  it("shows the outbox to this node's operators only", async () => {
    const get = async (user: string) =>
      fetch(`${harness.nodeUrl}/api/push`, {
        headers: { authorization: `Bearer ${await harness.userToken(user)}` },
      });
    expect((await get('operator-b')).status).toBe(403);
    expect((await get('researcher')).status).toBe(403);
    const summary = (await (await get('operator-a')).json()) as any;
    expect(summary.counts).toEqual({ pending: 0, sent: 0, confirmed: 340, withdrawn: 5, failed: 1 });
    expect(summary.lastErrorCode).toBe('422 NOT_STAGE1_OUTPUT');
  });

  it('never logs an identifying value', () => {
    const log = harness.logs.join('\n');
    for (const name of ['Pemberton', 'Ashcombe', 'Kittredge', 'Underhill', 'Evangeline', 'Hollowbrook']) {
      expect(log).not.toContain(name);
    }
  });
});
