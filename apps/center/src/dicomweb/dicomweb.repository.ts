import { Injectable } from '@nestjs/common';
import type { DicomJsonDataset } from '@lattice/dicom';
import { PrismaService } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';
import { matchConditions } from './qido-conditions';
import type { QidoQuery } from './qido-query';

export interface StudyRow {
  study_instance_uid: string;
  pseudonym: string;
  study_date: string | null;
  study_time: string | null;
  study_description: string | null;
  modalities: string[] | null;
  series_count: number;
  instance_count: number;
  metadata: DicomJsonDataset | null;
}

export interface SeriesRow {
  study_instance_uid: string;
  series_instance_uid: string;
  modality: string | null;
  series_number: number | null;
  series_description: string | null;
  body_part: string | null;
  manufacturer: string | null;
  instance_count: number;
  metadata: DicomJsonDataset | null;
}

export interface InstanceRow {
  study_instance_uid: string;
  series_instance_uid: string;
  sop_instance_uid: string;
  sop_class_uid: string;
  instance_number: number | null;
  transfer_syntax_uid: string;
  object_key: string;
  metadata: DicomJsonDataset;
}

/** Where in the catalog a search or retrieve looks: everything, one study, or one series of a study. */
export interface CatalogScope {
  readonly study?: string;
  readonly series?: string;
  readonly instance?: string;
}

const SERIES_ORDER = Prisma.raw('se.series_number NULLS LAST, se.series_instance_uid');
const INSTANCE_ORDER = Prisma.raw(
  'se.series_number NULLS LAST, se.series_instance_uid, i.instance_number NULLS LAST, i.sop_instance_uid',
);

/** The catalog as DICOMweb reads it: searches with QIDO matching, and the instances a retrieve sends. */
@Injectable()
export class DicomwebRepository {
  constructor(private readonly prisma: PrismaService) {}

  /** Studies matching the query, one more than the limit so the caller knows whether more exist. */
  searchStudies(query: QidoQuery): Promise<StudyRow[]> {
    const conditions = matchConditions(query.matches, 'study', Prisma.raw('r.metadata'), query.fuzzyMatching);
    return this.prisma.$queryRaw<StudyRow[]>`
      SELECT s.study_instance_uid, s.pseudonym, s.study_date, s.study_time, s.study_description, s.modalities,
        (SELECT count(*) FROM series x WHERE x.study_instance_uid = s.study_instance_uid)::int AS series_count,
        (SELECT count(*) FROM series x JOIN instances y ON y.series_instance_uid = x.series_instance_uid
          WHERE x.study_instance_uid = s.study_instance_uid)::int AS instance_count,
        r.metadata
      FROM studies s
      LEFT JOIN LATERAL (
        SELECT i.metadata FROM series se JOIN instances i ON i.series_instance_uid = se.series_instance_uid
        WHERE se.study_instance_uid = s.study_instance_uid
        ORDER BY ${INSTANCE_ORDER} LIMIT 1) r ON true
      WHERE ${where(conditions)}
      ORDER BY s.first_received_at, s.study_instance_uid
      LIMIT ${query.limit + 1} OFFSET ${query.offset}`;
  }

  /** Series of one study matching the query. */
  searchSeries(study: string, query: QidoQuery): Promise<SeriesRow[]> {
    const conditions = matchConditions(
      query.matches,
      'series',
      Prisma.raw('r.metadata'),
      query.fuzzyMatching,
    );
    return this.prisma.$queryRaw<SeriesRow[]>`
      SELECT se.study_instance_uid, se.series_instance_uid, se.modality, se.series_number, se.series_description,
        se.body_part, se.manufacturer,
        (SELECT count(*) FROM instances y WHERE y.series_instance_uid = se.series_instance_uid)::int AS instance_count,
        r.metadata
      FROM series se JOIN studies s ON s.study_instance_uid = se.study_instance_uid
      LEFT JOIN LATERAL (
        SELECT i.metadata FROM instances i WHERE i.series_instance_uid = se.series_instance_uid
        ORDER BY i.instance_number NULLS LAST, i.sop_instance_uid LIMIT 1) r ON true
      WHERE se.study_instance_uid = ${study} AND ${where(conditions)}
      ORDER BY ${SERIES_ORDER}
      LIMIT ${query.limit + 1} OFFSET ${query.offset}`;
  }

  /** Instances of one study, or of one series of it, matching the query. */
  searchInstances(scope: CatalogScope, query: QidoQuery): Promise<InstanceRow[]> {
    const conditions = matchConditions(
      query.matches,
      'instance',
      Prisma.raw('i.metadata'),
      query.fuzzyMatching,
    );
    return this.prisma.$queryRaw<InstanceRow[]>`
      SELECT se.study_instance_uid, i.series_instance_uid, i.sop_instance_uid, i.sop_class_uid, i.instance_number,
        i.transfer_syntax_uid, i.object_key, i.metadata
      FROM instances i
        JOIN series se ON se.series_instance_uid = i.series_instance_uid
        JOIN studies s ON s.study_instance_uid = se.study_instance_uid
      WHERE ${scopeCondition(scope)} AND ${where(conditions)}
      ORDER BY ${INSTANCE_ORDER}
      LIMIT ${query.limit + 1} OFFSET ${query.offset}`;
  }

  /** Every instance in the scope, in series and instance order (what a retrieve sends). */
  listInstances(scope: CatalogScope): Promise<InstanceRow[]> {
    return this.prisma.$queryRaw<InstanceRow[]>`
      SELECT se.study_instance_uid, i.series_instance_uid, i.sop_instance_uid, i.sop_class_uid, i.instance_number,
        i.transfer_syntax_uid, i.object_key, i.metadata
      FROM instances i JOIN series se ON se.series_instance_uid = i.series_instance_uid
      WHERE ${scopeCondition(scope)}
      ORDER BY ${INSTANCE_ORDER}`;
  }

  /** Whether the study (and the series within it) exists. */
  async exists(scope: CatalogScope): Promise<boolean> {
    const rows = scope.series
      ? await this.prisma.$queryRaw<unknown[]>`
          SELECT 1 FROM series WHERE series_instance_uid = ${scope.series} AND study_instance_uid = ${scope.study}`
      : await this.prisma.$queryRaw<
          unknown[]
        >`SELECT 1 FROM studies WHERE study_instance_uid = ${scope.study}`;
    return rows.length > 0;
  }
}

function scopeCondition(scope: CatalogScope): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (scope.study) parts.push(Prisma.sql`se.study_instance_uid = ${scope.study}`);
  if (scope.series) parts.push(Prisma.sql`i.series_instance_uid = ${scope.series}`);
  if (scope.instance) parts.push(Prisma.sql`i.sop_instance_uid = ${scope.instance}`);
  return where(parts);
}

function where(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length === 0 ? Prisma.sql`TRUE` : Prisma.join(conditions, ' AND ');
}
