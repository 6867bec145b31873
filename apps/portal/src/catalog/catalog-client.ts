import * as z from 'zod/mini';
import { count, isoInstant, optionalText, requestJson, type RequestOptions } from '../api/service-request';
import { catalogQueryOf, type StudyFilters } from './study-filters';

const facetCounts = z.record(z.string(), count);

const studyFields = {
  studyInstanceUid: z.string().check(z.minLength(1)),
  pseudonym: z.string(),
  site: z.string(),
  studyDate: optionalText,
  studyDescription: optionalText,
  modalities: z.array(z.string()),
  manufacturers: z.array(z.string()),
  numberOfSeries: count,
  numberOfInstances: count,
  firstReceivedAt: isoInstant,
};

const studyListSchema = z.object({
  total: count,
  facets: z.object({ modality: facetCounts, site: facetCounts, manufacturer: facetCounts }),
  studies: z.array(z.object(studyFields)),
});

const deidentificationCodeSchema = z.object({
  value: z.string(),
  scheme: z.string(),
  meaning: z.string(),
});

const provenanceSchema = z.object({
  /** YES only when every instance says so. */
  patientIdentityRemoved: optionalText,
  /** The instances' common value, or MIXED. */
  longitudinalTemporalInformationModified: optionalText,
  methods: z.array(z.string()),
  codes: z.array(deidentificationCodeSchema),
  /** Per run: 0 for tools before Lattice, 1 and 2 for Lattice's stages. */
  stages: z.optional(
    z.array(
      z.object({
        stage: z.int().check(z.minimum(0)),
        methods: z.array(z.string()),
        codes: z.array(deidentificationCodeSchema),
      }),
    ),
  ),
});

const studyDetailSchema = z.object({
  ...studyFields,
  series: z.array(
    z.object({
      seriesInstanceUid: z.string().check(z.minLength(1)),
      seriesNumber: z.nullish(z.int()),
      modality: optionalText,
      bodyPart: optionalText,
      manufacturer: optionalText,
      model: optionalText,
      seriesDescription: optionalText,
      numberOfInstances: count,
      instances: z.array(
        z.object({
          sopInstanceUid: z.string().check(z.minLength(1)),
          sopClassUid: z.string(),
          instanceNumber: z.nullish(z.int()),
          transferSyntaxUid: z.string(),
          byteLength: count,
          receivedAt: isoInstant,
        }),
      ),
    }),
  ),
  provenance: provenanceSchema,
});

/** A study of the center's catalog; every identifier is stage-2 (the center's pseudonym, UIDs remapped twice). */
export interface CatalogStudy {
  readonly studyInstanceUid: string;
  readonly pseudonym: string;
  /** The hospital node it came from. */
  readonly site: string;
  /** DICOM `YYYYMMDD`, shifted per patient at the hospital. */
  readonly studyDate: string | null;
  readonly studyDescription: string | null;
  readonly modalities: readonly string[];
  readonly manufacturers: readonly string[];
  readonly numberOfSeries: number;
  readonly numberOfInstances: number;
  readonly firstReceivedAt: Date;
}

/** One page of studies matching the filters, the total, and the counts per facet value. */
export interface StudyPage {
  readonly total: number;
  readonly facets: Readonly<Record<'modality' | 'site' | 'manufacturer', Readonly<Record<string, number>>>>;
  readonly studies: readonly CatalogStudy[];
}

/** A CID 7050 "De-identification Method" code as recorded in the files. */
export type DeidentificationCode = z.infer<typeof deidentificationCodeSchema>;

/** A study's de-identification provenance, gathered by the center from its instances. */
export interface StudyProvenance {
  readonly patientIdentityRemoved: string | null;
  readonly longitudinalTemporalInformationModified: string | null;
  readonly methods: readonly string[];
  readonly codes: readonly DeidentificationCode[];
  /** Each run's methods and codes: 0 for tools before Lattice, 1 and 2 for Lattice's stages. */
  readonly stages: readonly {
    readonly stage: number;
    readonly methods: readonly string[];
    readonly codes: readonly DeidentificationCode[];
  }[];
}

/** One instance of a series. */
export interface CatalogInstance {
  readonly sopInstanceUid: string;
  readonly sopClassUid: string;
  readonly instanceNumber: number | null;
  readonly transferSyntaxUid: string;
  readonly byteLength: number;
  readonly receivedAt: Date;
}

/** One series of a study, with its instances. */
export interface CatalogSeries {
  readonly seriesInstanceUid: string;
  readonly seriesNumber: number | null;
  readonly modality: string | null;
  readonly bodyPart: string | null;
  readonly manufacturer: string | null;
  readonly model: string | null;
  readonly seriesDescription: string | null;
  readonly numberOfInstances: number;
  readonly instances: readonly CatalogInstance[];
}

/** A study with its series, instances and de-identification provenance. */
export interface StudyDetail extends CatalogStudy {
  readonly series: readonly CatalogSeries[];
  readonly provenance: StudyProvenance;
}

/** Fetches one page of the catalog's studies (`GET /api/catalog/studies`, stewards and center admins). */
export async function fetchStudies(
  centerUrl: string,
  accessToken: string,
  filters: StudyFilters,
  options: RequestOptions = {},
): Promise<StudyPage> {
  const page = await requestJson(
    {
      service: 'center',
      url: `${centerUrl}/api/catalog/studies?${catalogQueryOf(filters)}`,
      accessToken,
      schema: studyListSchema,
    },
    options,
  );
  return { ...page, studies: page.studies.map(withStudyDates) };
}

/** Fetches one study with its series, instances and provenance (`GET /api/catalog/studies/{study}`). */
export async function fetchStudy(
  centerUrl: string,
  accessToken: string,
  studyInstanceUid: string,
  options: RequestOptions = {},
): Promise<StudyDetail> {
  const study = await requestJson(
    {
      service: 'center',
      url: `${centerUrl}/api/catalog/studies/${encodeURIComponent(studyInstanceUid)}`,
      accessToken,
      schema: studyDetailSchema,
    },
    options,
  );
  return {
    ...withStudyDates(study),
    series: study.series.map((series) => ({
      ...series,
      seriesNumber: series.seriesNumber ?? null,
      instances: series.instances.map((instance) => ({
        ...instance,
        instanceNumber: instance.instanceNumber ?? null,
        receivedAt: new Date(instance.receivedAt),
      })),
    })),
    provenance: { ...study.provenance, stages: study.provenance.stages ?? [] },
  };
}

function withStudyDates<T extends { firstReceivedAt: string }>(
  study: T,
): Omit<T, 'firstReceivedAt'> & { firstReceivedAt: Date } {
  return { ...study, firstReceivedAt: new Date(study.firstReceivedAt) };
}
