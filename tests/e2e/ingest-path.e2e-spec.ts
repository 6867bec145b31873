import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCtStudy, tokenFor, writePhantomFiles, type CtStudy } from '@lattice/testing';
import { startTestPlatform, type TestPlatform } from './support/test-platform';

// The ingest path on the platform as `npm start` runs it: demo data seeded over the nodes' own DICOM
// listeners, DCMTK's tools as a modality would use them, stage 1 at the node, the push, stage 2 and
// QIDO/WADO at the center.

const DEMO_STUDIES_PER_NODE = 6;
const hasDcmtk = spawnSync('storescu', ['--version']).status === 0;
if (!hasDcmtk) {
  console.warn(
    'DCMTK (storescu, echoscu, dcmdump) is not installed: the DCMTK parts of this test are SKIPPED',
  );
}
const withDcmtk = hasDcmtk ? it : it.skip;

let platform: TestPlatform;
let steward: string;
let work: string;

interface DicomJson {
  [tag: string]: { vr: string; Value?: unknown[] };
}

async function qido(query: string, token = steward): Promise<{ status: number; body: DicomJson[] }> {
  const response = await fetch(`${platform.urls.center}/dicomweb${query}`, {
    headers: { authorization: `Bearer ${token}`, accept: 'application/dicom+json' },
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as DicomJson[]) : [] };
}

const value = (entry: DicomJson | undefined, tag: string): unknown => entry?.[tag]?.Value?.[0];

/** Polls QIDO until `count` studies are listed, returning them and how long it took. */
async function waitForStudies(
  count: number,
  timeoutMs: number,
): Promise<{ studies: DicomJson[]; ms: number }> {
  const started = Date.now();
  for (;;) {
    const { body } = await qido('/studies?limit=1000');
    if (body.length >= count) return { studies: body, ms: Date.now() - started };
    if (Date.now() - started > timeoutMs) {
      throw new Error(`the center lists ${body.length} of ${count} studies after ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'lattice-ingest-e2e-'));
  platform = await startTestPlatform({ env: { LATTICE_DEMO_DATA: 'true' } });
  steward = await tokenFor(platform.urls.issuer, 'steward');
}, 180_000);

afterAll(async () => {
  await platform?.destroy();
  if (work) rmSync(work, { recursive: true, force: true });
}, 60_000);

describe('the ingest path on the embedded platform', () => {
  it('seeds each node once over DICOM, and the center lists every demo study within a minute', async () => {
    const outcomes = await platform.demoData;
    expect(
      outcomes.map(({ nodeId, state, studies, refused }) => ({ nodeId, state, studies, refused })),
    ).toEqual([
      { nodeId: 'node-a', state: 'seeded', studies: DEMO_STUDIES_PER_NODE, refused: 0 },
      { nodeId: 'node-b', state: 'seeded', studies: DEMO_STUDIES_PER_NODE, refused: 0 },
    ]);
    const { studies } = await waitForStudies(2 * DEMO_STUDIES_PER_NODE, 60_000);
    expect(studies).toHaveLength(2 * DEMO_STUDIES_PER_NODE);
    // Every study is pseudonymous; both sites and both scanner vendors of the generator are there.
    for (const study of studies) expect(value(study, '00100020')).toMatch(/^P2[0-9A-Z]{26}$/);
    const { facets } = await catalog('');
    expect(facets.site).toEqual({ 'node-a': DEMO_STUDIES_PER_NODE, 'node-b': DEMO_STUDIES_PER_NODE });
    expect(Object.keys(facets.manufacturer).sort()).toEqual(['GE MEDICAL SYSTEMS', 'SIEMENS']);
  }, 120_000);

  withDcmtk(
    'answers echoscu, takes a study from storescu, and serves it de-identified twice over WADO-RS',
    async () => {
      const dicomPort = platform.env['LATTICE_NODE_A_DICOM_PORT'] as string;
      const echo = spawnSync('echoscu', ['-aec', 'NODE_A', '127.0.0.1', dicomPort], { encoding: 'utf8' });
      expect(echo.status).toBe(0);

      const study: CtStudy = generateCtStudy({
        seed: 'ingest-e2e',
        vendor: 'SIEMENS',
        slices: 8,
        rows: 128,
        columns: 128,
      });
      const { paths } = writePhantomFiles(study.files(), path.join(work, 'export'));
      const before = (await catalog('site=node-a')).total;
      const store = spawnSync('storescu', ['-aec', 'NODE_A', '127.0.0.1', dicomPort, ...paths], {
        encoding: 'utf8',
      });
      expect(store.status).toBe(0);
      // The demo studies have 24 slices; this one has 8, under a new (stage-2) study UID.
      const deadline = Date.now() + 30_000;
      let atNodeA = await catalog('site=node-a');
      let arrived = atNodeA.studies.find((entry) => entry.numberOfInstances === 8);
      while (!arrived && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        atNodeA = await catalog('site=node-a');
        arrived = atNodeA.studies.find((entry) => entry.numberOfInstances === 8);
      }
      expect(arrived).toBeDefined();
      expect(atNodeA.total).toBe(before + 1);
      const uid = (arrived as { studyInstanceUid: string }).studyInstanceUid;
      expect(uid).not.toBe(study.studyInstanceUid);
      const instances = (await qido(`/studies/${uid}/instances`)).body;
      expect(instances).toHaveLength(8);
      const found = { url: value(instances[0], '00081190') as string };
      const response = await fetch(found.url, {
        headers: {
          authorization: `Bearer ${steward}`,
          accept: 'multipart/related; type="application/dicom"',
        },
      });
      expect(response.status).toBe(200);
      const body = Buffer.from(await response.arrayBuffer());
      const file = path.join(work, 'retrieved.dcm');
      writeFileSync(file, firstPart(body, response.headers.get('content-type') ?? ''));
      const dump = spawnSync('dcmdump', ['-q', file], { encoding: 'utf8' });
      expect(dump.status).toBe(0);
      for (const planted of study.planted) {
        if (planted.kind === 'date' || planted.kind === 'device') continue;
        expect(dump.stdout).not.toContain(`[${planted.value}]`);
      }
      expect(dump.stdout).toMatch(/\(0012,0063\) LO \[LATTICE stage 1: [^\\]+\\LATTICE stage 2: /);
      expect(dump.stdout).toMatch(/\(0012,0062\) CS \[YES\]/);
    },
    120_000,
  );

  it('gives researchers nothing at the center yet, and no token nothing at all', async () => {
    const researcher = await tokenFor(platform.urls.issuer, 'researcher');
    expect((await qido('/studies', researcher)).status).toBe(403);
    const anonymous = await fetch(`${platform.urls.center}/dicomweb/studies`);
    expect(anonymous.status).toBe(401);
  });

  it('does not seed again when the platform starts again on the same data', async () => {
    const before = (await qido('/studies?limit=1000')).body.length;
    await platform.stop();
    const again = await startTestPlatform({ home: platform.home, env: { ...platform.env } });
    try {
      const outcomes = await again.demoData;
      expect(outcomes.map((outcome) => outcome.state)).toEqual(['already', 'already']);
      const token = await tokenFor(again.urls.issuer, 'steward');
      const response = await fetch(`${again.urls.center}/dicomweb/studies?limit=1000`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/dicom+json' },
      });
      expect(((await response.json()) as unknown[]).length).toBe(before);
    } finally {
      await again.stop();
    }
  }, 180_000);
});

interface CatalogPage {
  total: number;
  facets: { site: Record<string, number>; manufacturer: Record<string, number> };
  studies: { studyInstanceUid: string; site: string; numberOfInstances: number }[];
}

/** The steward's study list at the center, with its facets. */
async function catalog(query: string): Promise<CatalogPage> {
  const response = await fetch(`${platform.urls.center}/api/catalog/studies?limit=500&${query}`, {
    headers: { authorization: `Bearer ${steward}` },
  });
  expect(response.status).toBe(200);
  return (await response.json()) as CatalogPage;
}

/** The first part of a multipart/related body. */
function firstPart(body: Buffer, contentType: string): Buffer {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  const delimiter = Buffer.from(`--${boundary}`);
  const start = body.indexOf(delimiter);
  const headersEnd = body.indexOf('\r\n\r\n', start);
  const end = body.indexOf(Buffer.from(`\r\n--${boundary}`), headersEnd);
  return body.subarray(headersEnd + 4, end);
}
