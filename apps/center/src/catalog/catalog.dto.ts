import { z } from 'zod';

const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    (value === undefined ? [] : Array.isArray(value) ? value : [value])
      .flatMap((item) => item.split(','))
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  );
const date = z
  .string()
  .regex(/^\d{8}$/, 'must be YYYYMMDD')
  .optional();

/** Filters and paging of the catalog's study list. */
export const studyListQuerySchema = z.object({
  modality: list,
  site: list,
  manufacturer: list,
  from: date,
  to: date,
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export type StudyListQuery = z.output<typeof studyListQuerySchema>;

/** One study in the list: stage-2 identifiers only. */
export interface StudySummaryView {
  readonly studyInstanceUid: string;
  readonly pseudonym: string;
  readonly site: string;
  readonly studyDate: string | null;
  readonly studyDescription: string | null;
  readonly modalities: string[];
  readonly manufacturers: string[];
  readonly numberOfSeries: number;
  readonly numberOfInstances: number;
  readonly firstReceivedAt: string;
}

/** Counts of studies per value, each computed with every filter but its own. */
export interface StudyFacets {
  readonly modality: Record<string, number>;
  readonly site: Record<string, number>;
  readonly manufacturer: Record<string, number>;
}

export interface StudyListView {
  readonly total: number;
  readonly facets: StudyFacets;
  readonly studies: StudySummaryView[];
}

export interface DeidentificationCode {
  readonly value: string;
  readonly scheme: string;
  readonly meaning: string;
}

/** A study's de-identification provenance, gathered from its instances. */
export interface StudyProvenanceView {
  /** YES only when every instance says YES. */
  readonly patientIdentityRemoved: string | null;
  /** The instances' common value, or MIXED. */
  readonly longitudinalTemporalInformationModified: string | null;
  readonly methods: string[];
  readonly codes: DeidentificationCode[];
  /** Per run: 0 for tools before Lattice, 1 and 2 for Lattice's stages. */
  readonly stages: { stage: number; methods: string[]; codes: DeidentificationCode[] }[];
}

export interface InstanceView {
  readonly sopInstanceUid: string;
  readonly sopClassUid: string;
  readonly instanceNumber: number | null;
  readonly transferSyntaxUid: string;
  readonly byteLength: number;
  readonly receivedAt: string;
}

export interface SeriesView {
  readonly seriesInstanceUid: string;
  readonly modality: string | null;
  readonly bodyPart: string | null;
  readonly manufacturer: string | null;
  readonly model: string | null;
  readonly seriesNumber: number | null;
  readonly seriesDescription: string | null;
  readonly numberOfInstances: number;
  readonly instances: InstanceView[];
}

export interface StudyDetailView extends StudySummaryView {
  readonly studyTime: string | null;
  readonly provenance: StudyProvenanceView;
  readonly series: SeriesView[];
}
