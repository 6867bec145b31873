// QIDO-RS, WADO-RS, the catalog API and their access rules, over studies delivered by two nodes the way
// their push workers deliver them. WADO output is read back by DCMTK's dcmdump, an independent toolkit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateSecretKey } from '@lattice/keys';
import {
  parseMultipart,
  startCenterHarness,
  type CenterHarness,
  type NodeId,
} from '../ingest/spec-support/center-harness';
import { stage1, stage1Context, syntheticOriginal, type SyntheticSeries } from '@lattice/testing';

const contexts = {
  'node-a': stage1Context(generateSecretKey()),
  'node-b': stage1Context(generateSecretKey()),
};

const patientA = {
  patientName: 'Castellanos^Ignatius',
  patientId: 'HOSPA-00912',
  birthDate: '19480722',
  institution: 'Riverside Cantonal Hospital',
  accessionNumber: 'RCH5510932',
  referringPhysician: 'Lindqvist^Eudora',
};
const patientB = {
  patientName: 'Thorvaldsen^Philippa',
  patientId: 'HOSPB-77120',
  birthDate: '19660101',
  institution: 'Northgate Infirmary',
  accessionNumber: 'NGI0088231',
  referringPhysician: 'Abernathy^Quentin',
};
const patientC = {
  ...patientA,
  patientName: 'Fairweather^Cosimo',
  patientId: 'HOSPA-00555',
  accessionNumber: 'RCH5510999',
};

const base = '1.2.826.0.1.3680043.8.498.7200';
const deliveries: { node: NodeId; series: SyntheticSeries }[] = [
  { node: 'node-a', series: serie(patientA, `${base}1`, 1, 'CT', 'ACME MEDICAL', '20240611', 3) },
  { node: 'node-a', series: serie(patientA, `${base}1`, 2, 'MR', 'Initech', '20240611', 2) },
  { node: 'node-b', series: serie(patientB, `${base}2`, 1, 'MR', 'Globex', '20230105', 2) },
  { node: 'node-a', series: serie(patientC, `${base}3`, 1, 'CT', 'ACME MEDICAL', '20220301', 1) },
];

function serie(
  patient: typeof patientA,
  study: string,
  number: number,
  modality: string,
  manufacturer: string,
  studyDate: string,
  instances: number,
): SyntheticSeries {
  return {
    patient,
    studyInstanceUid: study,
    seriesInstanceUid: `${study}.${number}`,
    studyDate,
    modality,
    manufacturer,
    model: `${manufacturer} model`,
    seriesNumber: number,
    instances,
  };
}

const PLANTED = [patientA, patientB, patientC].flatMap((patient) => [
  ...Object.values(patient),
  ...patient.patientName.split('^'),
  ...patient.referringPhysician.split('^'),
]);

const value = (result: any, tag: string) => result?.[tag]?.Value?.[0];

describe('DICOMweb and the catalog at the center', () => {
  let center: CenterHarness;
  let steward: string;
  /** Stage-2 study UIDs by the original study UID. */
  const studyUid: Record<string, string> = {};

  const get = async (pathAndQuery: string, token: string | null = steward, accept?: string) =>
    fetch(`${center.url}${pathAndQuery}`, {
      headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(accept ? { accept } : {}) },
    });
  const qido = async (pathAndQuery: string): Promise<any[]> => {
    const response = await get(pathAndQuery);
    expect(response.status).toBe(200);
    return (await response.json()) as any[];
  };

  beforeAll(async () => {
    center = await startCenterHarness();
    steward = await center.userToken('steward');
    for (const { node, series } of deliveries) {
      for (let i = 0; i < series.instances; i += 1) {
        const body = await stage1(syntheticOriginal(series, i), contexts[node]);
        const response = await center.deliver({ body, as: node });
        if (response.status !== 200) throw new Error(`delivery failed: ${response.status}`);
      }
    }
    for (const study of await qido('/dicomweb/studies?includefield=00100020')) {
      const instances = value(study, '00201208') as number;
      // The three studies differ in size: 5, 2 and 1 instances.
      const original = instances === 5 ? `${base}1` : instances === 2 ? `${base}2` : `${base}3`;
      studyUid[original] = value(study, '0020000D');
    }
  }, 180_000);

  afterAll(async () => {
    await center?.stop();
  });

  describe('access', () => {
    it('serves data stewards and center admins; researchers and nodes get 403, no token 401', async () => {
      expect((await get('/dicomweb/studies')).status).toBe(200);
      expect((await get('/dicomweb/studies', await center.userToken('admin'))).status).toBe(200);
      expect((await get('/dicomweb/studies', await center.userToken('researcher'))).status).toBe(403);
      expect(
        (await get(`/dicomweb/studies/${studyUid[`${base}1`]}`, await center.userToken('researcher'))).status,
      ).toBe(403);
      expect((await get('/dicomweb/studies', await center.nodeToken('node-a'))).status).toBe(403);
      expect((await get('/dicomweb/studies', null)).status).toBe(401);
      expect((await get('/api/catalog/studies', await center.userToken('researcher'))).status).toBe(403);
    });
  });

  describe('QIDO-RS', () => {
    it('lists every study with the standard attributes, counts and a retrieve URL, as application/dicom+json', async () => {
      const response = await get('/dicomweb/studies');
      expect(response.headers.get('content-type')).toMatch(/^application\/dicom\+json/);
      const text = await response.text();
      for (const planted of PLANTED) expect(text).not.toContain(planted);
      const studies = JSON.parse(text) as any[];
      expect(studies).toHaveLength(3);
      const a = studies.find((study) => value(study, '0020000D') === studyUid[`${base}1`]);
      expect(value(a, '00201206')).toBe(2);
      expect(value(a, '00201208')).toBe(5);
      expect(a['00080061'].Value).toEqual(['CT', 'MR']);
      expect(value(a, '00081190')).toBe(`${center.url}/dicomweb/studies/${studyUid[`${base}1`]}`);
      expect(value(a, '00100020')).toMatch(/^P2[0-9A-Z]{26}$/);
      expect(value(a, '00100010')).toEqual({ Alphabetic: value(a, '00100020') });
      expect(value(a, '00080020')).toMatch(/^\d{8}$/);
      expect(a['00080050']).toEqual({ vr: 'SH' });
    });

    it('matches single values, wildcards, fuzzy names, UID lists and date ranges', async () => {
      const [a] = await qido(`/dicomweb/studies?StudyInstanceUID=${studyUid[`${base}1`]}`);
      const pseudonym = value(a, '00100020') as string;
      const date = value(a, '00080020') as string;
      const uids = (results: any[]) => results.map((result) => value(result, '0020000D')).sort();

      expect(uids(await qido(`/dicomweb/studies?PatientID=${pseudonym}`))).toEqual([studyUid[`${base}1`]]);
      expect(await qido(`/dicomweb/studies?PatientID=${pseudonym.toLowerCase()}`)).toHaveLength(0);
      expect(await qido('/dicomweb/studies?PatientName=P2*')).toHaveLength(3);
      expect(
        await qido(`/dicomweb/studies?00100010=${pseudonym.slice(0, 6)}?${pseudonym.slice(7, 10)}*`),
      ).toHaveLength(1);
      expect(await qido(`/dicomweb/studies?PatientName=${pseudonym.slice(0, 8).toLowerCase()}`)).toHaveLength(
        0,
      );
      expect(
        await qido(`/dicomweb/studies?PatientName=${pseudonym.slice(0, 8).toLowerCase()}&fuzzymatching=true`),
      ).toHaveLength(1);
      expect(uids(await qido('/dicomweb/studies?ModalitiesInStudy=MR'))).toEqual(
        [studyUid[`${base}1`], studyUid[`${base}2`]].sort(),
      );
      expect(await qido('/dicomweb/studies?ModalitiesInStudy=C*')).toHaveLength(2);
      expect(
        uids(
          await qido(`/dicomweb/studies?StudyInstanceUID=${studyUid[`${base}1`]},${studyUid[`${base}3`]}`),
        ),
      ).toEqual([studyUid[`${base}1`], studyUid[`${base}3`]].sort());
      expect(uids(await qido(`/dicomweb/studies?StudyDate=${date}`))).toContain(studyUid[`${base}1`]);
      const all = await qido('/dicomweb/studies');
      const dates = all.map((study) => value(study, '00080020') as string).sort();
      expect(await qido(`/dicomweb/studies?StudyDate=${dates[1]}-`)).toHaveLength(2);
      expect(await qido(`/dicomweb/studies?StudyDate=-${dates[1]}`)).toHaveLength(2);
      expect(await qido(`/dicomweb/studies?StudyDate=${dates[0]}-${dates[0]}`)).toHaveLength(1);
      expect(await qido('/dicomweb/studies?StudyDate=19000101-19001231')).toEqual([]);
    });

    it('returns matched keys and includefield attributes, or everything with includefield=all', async () => {
      const [plain] = await qido(`/dicomweb/studies?StudyInstanceUID=${studyUid[`${base}3`]}`);
      expect(plain['00180015']).toBeUndefined();
      const [more] = await qido(
        `/dicomweb/studies?StudyInstanceUID=${studyUid[`${base}3`]}&includefield=BodyPartExamined,00180050`,
      );
      expect(value(more, '00180015')).toBe('CHEST');
      expect(value(more, '00180050')).toBe(1.25);
      const [all] = await qido(`/dicomweb/studies?StudyInstanceUID=${studyUid[`${base}3`]}&includefield=all`);
      expect(value(all, '00120063')).toMatch(/^LATTICE stage 1/);
      expect(all['00280010']).toEqual({ vr: 'US', Value: [64] });
      expect(all['7FE00010']).toBeUndefined();
    });

    it('pages with limit and offset and warns when more results exist', async () => {
      const first = await get('/dicomweb/studies?limit=2');
      expect(first.headers.get('warning')).toMatch(/^299 /);
      const page1 = (await first.json()) as any[];
      const last = await get('/dicomweb/studies?limit=2&offset=2');
      expect(last.headers.get('warning')).toBeNull();
      const page2 = (await last.json()) as any[];
      expect(page1).toHaveLength(2);
      expect(page2).toHaveLength(1);
      expect(new Set([...page1, ...page2].map((study) => value(study, '0020000D'))).size).toBe(3);
    });

    it("searches a study's series and instances", async () => {
      const study = studyUid[`${base}1`];
      const series = await qido(`/dicomweb/studies/${study}/series`);
      expect(series.map((s) => value(s, '00080060'))).toEqual(['CT', 'MR']);
      expect(series.map((s) => value(s, '00201209'))).toEqual([3, 2]);
      expect(value(series[0], '00080070')).toBe('ACME MEDICAL');
      const [mr] = await qido(`/dicomweb/studies/${study}/series?Modality=MR`);
      expect(value(mr, '00200011')).toBe(2);
      const ct = value(series[0], '0020000E') as string;

      const instances = await qido(`/dicomweb/studies/${study}/series/${ct}/instances`);
      expect(instances.map((i) => value(i, '00200013'))).toEqual([1, 2, 3]);
      expect(value(instances[0], '00280010')).toBe(64);
      expect(await qido(`/dicomweb/studies/${study}/instances`)).toHaveLength(5);
      expect(await qido(`/dicomweb/studies/${study}/series/${ct}/instances?InstanceNumber=2`)).toHaveLength(
        1,
      );
      const two = [value(instances[0], '00080018'), value(instances[2], '00080018')];
      const listed = await qido(`/dicomweb/studies/${study}/instances?SOPInstanceUID=${two.join('\\')}`);
      expect(listed.map((i) => value(i, '00080018')).sort()).toEqual([...two].sort());
    });

    it('refuses what it cannot match, unknown studies and other media types', async () => {
      const code = async (response: Response) => ((await response.json()) as { code: string }).code;
      const bad = await get('/dicomweb/studies?NoSuchKeyword=1');
      expect(bad.status).toBe(400);
      expect(await code(bad)).toBe('INVALID_QUERY');
      expect((await get('/dicomweb/studies?StudyDate=2024')).status).toBe(400);
      expect((await get('/dicomweb/studies?Modality=CT')).status).toBe(400);
      expect((await get('/dicomweb/studies?limit=none')).status).toBe(400);
      expect((await get('/dicomweb/studies/2.25.1/series')).status).toBe(404);
      const xml = await get('/dicomweb/studies', steward, 'multipart/related; type="application/dicom+xml"');
      expect(xml.status).toBe(406);
      expect((await get('/dicomweb/studies', steward, 'application/json')).status).toBe(200);
    });
  });

  describe('WADO-RS', () => {
    let dir: string;
    beforeAll(() => {
      dir = mkdtempSync(path.join(tmpdir(), 'lattice-wado-'));
    });
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    const dcmdump = (bytes: Uint8Array, name: string): string => {
      const file = path.join(dir, name);
      writeFileSync(file, bytes);
      return execFileSync('dcmdump', ['+L', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    };

    it('retrieves an instance that dcmdump reads: no original identifying value, both stages recorded', async () => {
      const study = studyUid[`${base}1`] as string;
      const [series] = await qido(`/dicomweb/studies/${study}/series?Modality=CT`);
      const [instance] = await qido(
        `/dicomweb/studies/${study}/series/${value(series, '0020000E')}/instances?InstanceNumber=1`,
      );
      const url = value(instance, '00081190') as string;
      const response = await fetch(url, {
        headers: {
          authorization: `Bearer ${steward}`,
          accept: 'multipart/related; type="application/dicom"',
        },
      });
      expect(response.status).toBe(200);
      const contentType = response.headers.get('content-type') ?? '';
      expect(contentType).toMatch(/^multipart\/related; type="application\/dicom"; boundary=/);
      const parts = parseMultipart(Buffer.from(await response.arrayBuffer()), contentType);
      expect(parts).toHaveLength(1);
      expect(parts[0]?.headers['content-type']).toBe(
        'application/dicom; transfer-syntax=1.2.840.10008.1.2.1',
      );

      const dump = dcmdump(parts[0]?.bytes as Buffer, 'instance.dcm');
      for (const planted of PLANTED) expect(dump).not.toContain(planted);
      for (const uid of [`${base}1`, `${base}1.1`, `${base}1.1.1`]) expect(dump).not.toContain(`[${uid}]`);
      expect(dump).toMatch(/\(0012,0062\) CS \[YES\]/);
      expect(dump).toMatch(
        /\(0012,0063\) LO \[LATTICE stage 1: research-default \(PS3\.15 [^)]+\)\\LATTICE stage 2: research-default/,
      );
      expect(dump.match(/\(0008,0100\) SH \[113100\]/g)).toHaveLength(2);
      expect(dump).toMatch(/\(0028,0303\) CS \[MODIFIED\]/);
      expect(dump).toContain(`(0008,0018) UI [${value(instance, '00080018')}]`);
      expect(dump).toMatch(/\(0010,0020\) LO \[P2[0-9A-Z]{26}\]/);
    });

    it('retrieves a whole study part by part, and converts to another native transfer syntax on request', async () => {
      const study = studyUid[`${base}1`] as string;
      const response = await get(`/dicomweb/studies/${study}`);
      const parts = parseMultipart(
        Buffer.from(await response.arrayBuffer()),
        response.headers.get('content-type') ?? '',
      );
      expect(parts).toHaveLength(5);
      for (const part of parts) expect(part.bytes.subarray(128, 132).toString('latin1')).toBe('DICM');

      const implicit = await get(
        `/dicomweb/studies/${study}`,
        steward,
        'multipart/related; type="application/dicom"; transfer-syntax=1.2.840.10008.1.2',
      );
      expect(implicit.status).toBe(200);
      const [first] = parseMultipart(
        Buffer.from(await implicit.arrayBuffer()),
        implicit.headers.get('content-type') ?? '',
      );
      expect(first?.headers['content-type']).toBe('application/dicom; transfer-syntax=1.2.840.10008.1.2');
      expect(dcmdump(first?.bytes as Buffer, 'implicit.dcm')).toMatch(
        /\(0002,0010\) UI =LittleEndianImplicit/,
      );
    });

    it('gives metadata without bulk data, 404 for unknown UIDs and 406 for other media types', async () => {
      const study = studyUid[`${base}1`] as string;
      const [series] = await qido(`/dicomweb/studies/${study}/series?Modality=MR`);
      const response = await get(`/dicomweb/studies/${study}/series/${value(series, '0020000E')}/metadata`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/dicom\+json/);
      const metadata = (await response.json()) as any[];
      expect(metadata).toHaveLength(2);
      expect(metadata[0]['7FE00010']).toBeUndefined();
      expect(value(metadata[0], '00080060')).toBe('MR');
      expect(await get(`/dicomweb/studies/${study}/metadata`).then((r) => r.json())).toHaveLength(5);

      expect((await get('/dicomweb/studies/2.25.42')).status).toBe(404);
      expect((await get(`/dicomweb/studies/${study}/series/2.25.42/metadata`)).status).toBe(404);
      expect((await get(`/dicomweb/studies/${study}`, steward, 'image/jpeg')).status).toBe(406);
      expect((await get(`/dicomweb/studies/${study}/metadata`, steward, 'application/dicom')).status).toBe(
        406,
      );
      expect((await get('/dicomweb/studies/not-a-uid')).status).toBe(400);
    });
  });

  describe('catalog API', () => {
    it('lists studies with facets that ignore their own filter', async () => {
      const all = (await (await get('/api/catalog/studies')).json()) as any;
      expect(all.total).toBe(3);
      expect(all.facets).toEqual({
        modality: { CT: 2, MR: 2 },
        site: { 'node-a': 2, 'node-b': 1 },
        manufacturer: { 'ACME MEDICAL': 2, Globex: 1, Initech: 1 },
      });
      const a = all.studies.find((study: any) => study.studyInstanceUid === studyUid[`${base}1`]);
      expect(a).toMatchObject({
        site: 'node-a',
        modalities: ['CT', 'MR'],
        manufacturers: ['ACME MEDICAL', 'Initech'],
        numberOfSeries: 2,
        numberOfInstances: 5,
        studyDescription: 'CT CHEST',
      });

      const mr = (await (await get('/api/catalog/studies?modality=MR')).json()) as any;
      expect(mr.total).toBe(2);
      expect(mr.facets.modality).toEqual({ CT: 2, MR: 2 });
      expect(mr.facets.site).toEqual({ 'node-a': 1, 'node-b': 1 });
      const site = (await (await get('/api/catalog/studies?site=node-b&limit=1')).json()) as any;
      expect(site.studies.map((study: any) => study.studyInstanceUid)).toEqual([studyUid[`${base}2`]]);
      const globex = (await (await get('/api/catalog/studies?manufacturer=Globex,Initech')).json()) as any;
      expect(globex.total).toBe(2);
      const from = a.studyDate as string;
      const window = (await (await get(`/api/catalog/studies?from=${from}&to=${from}`)).json()) as any;
      expect(window.studies.map((study: any) => study.studyInstanceUid)).toContain(studyUid[`${base}1`]);
      expect((await get('/api/catalog/studies?from=2024')).status).toBe(400);
    });

    it('shows a study with its series, instances and both stages of provenance', async () => {
      const response = await get(`/api/catalog/studies/${studyUid[`${base}1`]}`);
      expect(response.status).toBe(200);
      const study = (await response.json()) as any;
      expect(study.series.map((s: any) => [s.modality, s.numberOfInstances, s.instances.length])).toEqual([
        ['CT', 3, 3],
        ['MR', 2, 2],
      ]);
      expect(study.series[0]).toMatchObject({
        bodyPart: 'CHEST',
        manufacturer: 'ACME MEDICAL',
        seriesNumber: 1,
      });
      expect(study.provenance.patientIdentityRemoved).toBe('YES');
      expect(study.provenance.longitudinalTemporalInformationModified).toBe('MODIFIED');
      expect(study.provenance.stages.map((stage: any) => stage.stage)).toEqual([1, 2]);
      const [one, two] = study.provenance.stages;
      expect(one.methods[0]).toMatch(/^LATTICE stage 1: research-default/);
      expect(two.methods[0]).toMatch(/^LATTICE stage 2: research-default/);
      for (const stage of [one, two]) {
        expect(stage.codes.map((code: any) => code.value)).toEqual(
          expect.arrayContaining(['113100', '113107', '113108', '113111']),
        );
      }
      expect((await get('/api/catalog/studies/2.25.7')).status).toBe(404);
    });
  });
});
