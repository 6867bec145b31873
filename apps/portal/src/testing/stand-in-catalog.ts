import { createHash } from 'node:crypto';

// The center's catalog as its API answers (docs/ingest.md "Catalog API for the portal"), over synthetic
// studies: no value here ever belonged to a person.

type CodeJson = { value: string; scheme: string; meaning: string };

/** A study's de-identification provenance as the catalog gathers it from its instances. */
export interface ProvenanceJson {
  patientIdentityRemoved: string | null;
  longitudinalTemporalInformationModified: string | null;
  methods: string[];
  codes: CodeJson[];
  stages: { stage: number; methods: string[]; codes: CodeJson[] }[];
}

/** A study of `GET /api/catalog/studies/{study}`. */
export interface StudyDetailJson {
  studyInstanceUid: string;
  pseudonym: string;
  site: string;
  studyDate: string | null;
  studyDescription: string | null;
  modalities: string[];
  manufacturers: string[];
  numberOfSeries: number;
  numberOfInstances: number;
  firstReceivedAt: string;
  studyTime: string | null;
  series: {
    seriesInstanceUid: string;
    seriesNumber: number | null;
    modality: string | null;
    bodyPart: string | null;
    manufacturer: string | null;
    model: string | null;
    seriesDescription: string | null;
    numberOfInstances: number;
    instances: {
      sopInstanceUid: string;
      sopClassUid: string;
      instanceNumber: number | null;
      transferSyntaxUid: string;
      byteLength: number;
      receivedAt: string;
    }[];
  }[];
  provenance: ProvenanceJson;
}

interface SeriesPlan {
  modality: string;
  bodyPart: string;
  manufacturer: string;
  model: string;
  description: string;
  instances: number;
  sopClassUid: string;
}

const sopClass = {
  ct: '1.2.840.10008.5.1.4.1.1.2',
  mr: '1.2.840.10008.5.1.4.1.1.4',
  us: '1.2.840.10008.5.1.4.1.1.6.1',
};

const codes = {
  basic: { value: '113100', scheme: 'DCM', meaning: 'Basic Application Confidentiality Profile' },
  cleanPixels: { value: '113101', scheme: 'DCM', meaning: 'Clean Pixel Data Option' },
  options: [
    { value: '113111', scheme: 'DCM', meaning: 'Retain Safe Private Option' },
    { value: '113108', scheme: 'DCM', meaning: 'Retain Patient Characteristics Option' },
    {
      value: '113107',
      scheme: 'DCM',
      meaning: 'Retain Longitudinal Temporal Information Modified Dates Option',
    },
    { value: '113105', scheme: 'DCM', meaning: 'Clean Descriptors Option' },
    { value: '113104', scheme: 'DCM', meaning: 'Clean Structured Content Option' },
    { value: '113103', scheme: 'DCM', meaning: 'Clean Graphics Option' },
  ],
};

/** The method value each stage writes, as libs/deid writes it. */
export const stageMethods = [
  'LATTICE stage 1: research-default (PS3.15 2026d)',
  'LATTICE stage 2: research-default (PS3.15 2026d)',
];

/**
 * The provenance the center gathers from a study's instances: each run's methods and codes (stage 1
 * carries Clean Pixel Data when any instance was redacted), and the flat lists without repeats.
 */
function provenance(anyRedacted: boolean): ProvenanceJson {
  const stage1 = [codes.basic, ...codes.options, ...(anyRedacted ? [codes.cleanPixels] : [])];
  const stage2 = [codes.basic, ...codes.options];
  return {
    patientIdentityRemoved: 'YES',
    longitudinalTemporalInformationModified: 'MODIFIED',
    methods: stageMethods,
    codes: stage1,
    stages: [
      { stage: 1, methods: [stageMethods[0] ?? ''], codes: stage1 },
      { stage: 2, methods: [stageMethods[1] ?? ''], codes: stage2 },
    ],
  };
}

/** A stage-2-shaped UID (`2.25.` + a decimal number) derived from a label, like the center's remapped UIDs. */
function uidOf(label: string): string {
  return `2.25.${BigInt(`0x${createHash('sha256').update(label).digest('hex').slice(0, 32)}`).toString(10)}`;
}

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A stage-2 pseudonym shape: `P2` and 26 Crockford base32 characters. */
function pseudonymOf(label: string): string {
  const digest = createHash('sha256').update(label).digest();
  return `P2${Array.from(digest.subarray(0, 26), (byte) => crockford[byte % 32]).join('')}`;
}

function study(
  key: string,
  site: string,
  studyDate: string,
  description: string,
  plans: SeriesPlan[],
  anyRedacted = false,
): StudyDetailJson {
  const studyInstanceUid = uidOf(`study-${key}`);
  const receivedAt = '2026-05-02T08:15:00.000Z';
  const series = plans.map((plan, index) => {
    const seriesInstanceUid = uidOf(`series-${key}-${index}`);
    return {
      seriesInstanceUid,
      seriesNumber: index + 1,
      modality: plan.modality,
      bodyPart: plan.bodyPart,
      manufacturer: plan.manufacturer,
      model: plan.model,
      seriesDescription: plan.description,
      numberOfInstances: plan.instances,
      instances: Array.from({ length: plan.instances }, (_, number) => ({
        sopInstanceUid: uidOf(`instance-${key}-${index}-${number}`),
        sopClassUid: plan.sopClassUid,
        instanceNumber: number + 1,
        transferSyntaxUid: '1.2.840.10008.1.2.1',
        byteLength: plan.modality === 'US' ? 1_572_864 : 527_360,
        receivedAt,
      })),
    };
  });
  const numberOfInstances = plans.reduce((sum, plan) => sum + plan.instances, 0);
  return {
    studyInstanceUid,
    pseudonym: pseudonymOf(`patient-${key}`),
    site,
    studyDate,
    studyDescription: description,
    modalities: [...new Set(plans.map((plan) => plan.modality))],
    manufacturers: [...new Set(plans.map((plan) => plan.manufacturer))],
    numberOfSeries: plans.length,
    numberOfInstances,
    firstReceivedAt: receivedAt,
    studyTime: '101500',
    series,
    provenance: provenance(anyRedacted),
  };
}

const ct = (manufacturer: string, model: string, description: string, instances: number): SeriesPlan => ({
  modality: 'CT',
  bodyPart: 'CHEST',
  manufacturer,
  model,
  description,
  instances,
  sopClassUid: sopClass.ct,
});

/** The stand-in catalog: a handful of distinct studies and a run of follow-ups, enough for two pages. */
export function standInStudies(): StudyDetailJson[] {
  const studies = [
    study('chest-2019', 'node-a', '20190314', 'CT CHEST WITHOUT CONTRAST', [
      ct('SIEMENS', 'SOMATOM Definition AS', 'Axial 1.0 mm', 12),
      ct('SIEMENS', 'SOMATOM Definition AS', 'Scout', 2),
    ]),
    study('brain-2020', 'node-a', '20200702', 'MR BRAIN', [
      {
        modality: 'MR',
        bodyPart: 'BRAIN',
        manufacturer: 'GE MEDICAL SYSTEMS',
        model: 'Signa HDxt',
        description: 'T1 SAG',
        instances: 6,
        sopClassUid: sopClass.mr,
      },
      {
        modality: 'MR',
        bodyPart: 'BRAIN',
        manufacturer: 'GE MEDICAL SYSTEMS',
        model: 'Signa HDxt',
        description: 'T2 FLAIR AX',
        instances: 6,
        sopClassUid: sopClass.mr,
      },
    ]),
    study('abdomen-2021', 'node-b', '20210115', 'CT ABDOMEN PELVIS', [
      { ...ct('Philips', 'iCT 256', 'Portal venous 2.0 mm', 10), bodyPart: 'ABDOMEN' },
    ]),
    study(
      'us-2022',
      'node-b',
      '20221108',
      'US ABDOMEN',
      [
        {
          modality: 'US',
          bodyPart: 'ABDOMEN',
          manufacturer: 'GE Healthcare',
          model: 'LOGIQ E9',
          description: 'Liver',
          instances: 5,
          sopClassUid: sopClass.us,
        },
      ],
      true,
    ),
    study('head-2023', 'node-a', '20230520', 'CT HEAD', [
      { ...ct('GE MEDICAL SYSTEMS', 'LightSpeed VCT', 'Head 5 mm', 8), bodyPart: 'HEAD' },
    ]),
    study('knee-2024', 'node-b', '20240229', 'MR KNEE', [
      {
        modality: 'MR',
        bodyPart: 'KNEE',
        manufacturer: 'SIEMENS',
        model: 'Skyra',
        description: 'PD FS COR',
        instances: 4,
        sopClassUid: sopClass.mr,
      },
    ]),
  ];
  const followUps = Array.from({ length: 24 }, (_, index) =>
    study(
      `follow-up-${index}`,
      'node-a',
      `2025${String(1 + (index % 12)).padStart(2, '0')}${String(10 + (index % 18)).padStart(2, '0')}`,
      'CT CHEST FOLLOW-UP',
      [ct('SIEMENS', 'SOMATOM Force', 'Axial 1.0 mm', 3)],
    ),
  );
  return [...studies, ...followUps];
}

type Facet = 'modality' | 'site' | 'manufacturer';

const valuesOf = (item: StudyDetailJson, facet: Facet): string[] =>
  facet === 'site' ? [item.site] : facet === 'modality' ? item.modalities : item.manufacturers;

/**
 * Answers `GET /api/catalog/studies`: filtered by every given facet and the date range, newest first,
 * paged; each facet counted over the studies the other filters let through, so every option stays in view.
 */
export function queryStudies(studies: readonly StudyDetailJson[], query: URLSearchParams) {
  const wanted: Record<Facet, string | null> = {
    modality: query.get('modality'),
    site: query.get('site'),
    manufacturer: query.get('manufacturer'),
  };
  const from = query.get('from');
  const to = query.get('to');
  const matches = (item: StudyDetailJson, except: Facet | null) =>
    (Object.keys(wanted) as Facet[]).every(
      (facet) =>
        facet === except || wanted[facet] === null || valuesOf(item, facet).includes(wanted[facet] ?? ''),
    ) &&
    (from === null || (item.studyDate ?? '') >= from) &&
    (to === null || (item.studyDate ?? '') <= to);

  const facets = Object.fromEntries(
    (['modality', 'site', 'manufacturer'] as const).map((facet) => {
      const counts: Record<string, number> = {};
      for (const item of studies.filter((candidate) => matches(candidate, facet)))
        for (const value of valuesOf(item, facet)) counts[value] = (counts[value] ?? 0) + 1;
      return [facet, counts];
    }),
  );
  const found = studies
    .filter((item) => matches(item, null))
    .sort((a, b) => (b.studyDate ?? '').localeCompare(a.studyDate ?? ''));
  const limit = Math.min(Number(query.get('limit') ?? 25) || 25, 100);
  const offset = Math.max(Number(query.get('offset') ?? 0) || 0, 0);
  return {
    total: found.length,
    facets,
    studies: found
      .slice(offset, offset + limit)
      .map(({ series: _series, provenance: _provenance, ...item }) => item),
  };
}

/** `GET /api/quarantine` at the center: what stage 2 held back, newest first, `limit` at a time. */
export function standInCenterQuarantine(query: URLSearchParams) {
  const items = [
    {
      id: '0b8f2a3e-5c1d-4e7a-9f60-1a2b3c4d5e01',
      site: 'node-a',
      receivedAt: '2026-05-03T09:12:00.000Z',
      code: 'RESIDUAL_PHI',
      reason: 'verification found an identifying value at (0040,A730)[0]/(0040,A160)',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.88.33',
      modality: 'SR',
      status: 'waiting',
      decidedBy: null,
      decidedAt: null,
    },
    {
      id: '0b8f2a3e-5c1d-4e7a-9f60-1a2b3c4d5e02',
      site: 'node-b',
      receivedAt: '2026-05-03T10:40:00.000Z',
      code: 'NOT_STAGE1_OUTPUT',
      reason: 'no Lattice stage-1 provenance in the file',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.2',
      modality: 'CT',
      status: 'waiting',
      decidedBy: null,
      decidedAt: null,
    },
    {
      id: '0b8f2a3e-5c1d-4e7a-9f60-1a2b3c4d5e03',
      site: 'node-a',
      receivedAt: '2026-04-28T15:02:00.000Z',
      code: 'UNKNOWN_CHARACTER_SET',
      reason: 'Specific Character Set ISO_IR 999 is not known',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.4',
      modality: 'MR',
      status: 'discarded',
      decidedBy: 'steward',
      decidedAt: '2026-04-29T08:30:00.000Z',
    },
  ].sort((a, b) => b.receivedAt.localeCompare(a.receivedAt));
  const limit = Math.min(Number(query.get('limit') ?? 100) || 100, 500);
  return { total: items.length, items: items.slice(0, limit) };
}
