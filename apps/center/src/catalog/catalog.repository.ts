import { Injectable } from '@nestjs/common';
import { PrismaService } from '../database/prisma.service';
import { Prisma } from '../generated/prisma/client';
import type { StudyListQuery } from './catalog.dto';
import type { StoredProvenance } from './study-provenance';

export interface StudyRow {
  study_instance_uid: string;
  pseudonym: string;
  node_id: string;
  study_date: string | null;
  study_time: string | null;
  study_description: string | null;
  modalities: string[] | null;
  manufacturers: string[];
  number_of_series: number;
  number_of_instances: number;
  first_received_at: Date;
}

export interface CatalogInstanceRow {
  series_instance_uid: string;
  modality: string | null;
  body_part: string | null;
  manufacturer: string | null;
  model: string | null;
  series_number: number | null;
  series_description: string | null;
  sop_instance_uid: string;
  sop_class_uid: string;
  instance_number: number | null;
  transfer_syntax_uid: string;
  byte_length: number;
  received_at: Date;
  provenance: StoredProvenance;
}

type Facet = 'modality' | 'site' | 'manufacturer';

const STUDY_COLUMNS = Prisma.sql`
  s.study_instance_uid, s.pseudonym, s.node_id, s.study_date, s.study_time, s.study_description, s.modalities,
  s.first_received_at,
  ARRAY(SELECT DISTINCT x.manufacturer FROM series x
        WHERE x.study_instance_uid = s.study_instance_uid AND x.manufacturer IS NOT NULL ORDER BY 1) AS manufacturers,
  (SELECT count(*) FROM series x WHERE x.study_instance_uid = s.study_instance_uid)::int AS number_of_series,
  (SELECT count(*) FROM series x JOIN instances y ON y.series_instance_uid = x.series_instance_uid
    WHERE x.study_instance_uid = s.study_instance_uid)::int AS number_of_instances`;

/** The catalog as the portal reads it: filtered study lists with facet counts, and one study whole. */
@Injectable()
export class CatalogRepository {
  constructor(private readonly prisma: PrismaService) {}

  listStudies(query: StudyListQuery): Promise<StudyRow[]> {
    return this.prisma.$queryRaw<StudyRow[]>`
      SELECT ${STUDY_COLUMNS} FROM studies s
      WHERE ${filters(query)}
      ORDER BY s.first_received_at DESC, s.study_instance_uid
      LIMIT ${query.limit} OFFSET ${query.offset}`;
  }

  async countStudies(query: StudyListQuery): Promise<number> {
    const rows = await this.prisma.$queryRaw<{ total: number }[]>`
      SELECT count(*)::int AS total FROM studies s WHERE ${filters(query)}`;
    return rows[0]?.total ?? 0;
  }

  /** Studies per value of one facet, under every filter except that facet's own. */
  async facet(query: StudyListQuery, facet: Facet): Promise<Record<string, number>> {
    const where = filters(query, facet);
    let rows: { value: string; count: number }[];
    switch (facet) {
      case 'modality':
        rows = await this.prisma.$queryRaw`
          SELECT m AS value, count(*)::int AS count FROM studies s, unnest(s.modalities) AS m
          WHERE ${where} GROUP BY m ORDER BY m`;
        break;
      case 'site':
        rows = await this.prisma.$queryRaw`
          SELECT s.node_id AS value, count(*)::int AS count FROM studies s
          WHERE ${where} GROUP BY s.node_id ORDER BY s.node_id`;
        break;
      case 'manufacturer':
        rows = await this.prisma.$queryRaw`
          SELECT x.manufacturer AS value, count(DISTINCT s.study_instance_uid)::int AS count
          FROM studies s JOIN series x ON x.study_instance_uid = s.study_instance_uid
          WHERE x.manufacturer IS NOT NULL AND ${where} GROUP BY x.manufacturer ORDER BY x.manufacturer`;
        break;
    }
    return Object.fromEntries(rows.map((row) => [row.value, row.count]));
  }

  async findStudy(studyInstanceUid: string): Promise<StudyRow | null> {
    const rows = await this.prisma.$queryRaw<StudyRow[]>`
      SELECT ${STUDY_COLUMNS} FROM studies s WHERE s.study_instance_uid = ${studyInstanceUid}`;
    return rows[0] ?? null;
  }

  instancesOf(studyInstanceUid: string): Promise<CatalogInstanceRow[]> {
    return this.prisma.$queryRaw<CatalogInstanceRow[]>`
      SELECT se.series_instance_uid, se.modality, se.body_part, se.manufacturer, se.model, se.series_number,
        se.series_description, i.sop_instance_uid, i.sop_class_uid, i.instance_number, i.transfer_syntax_uid,
        i.byte_length, i.received_at, i.provenance
      FROM series se JOIN instances i ON i.series_instance_uid = se.series_instance_uid
      WHERE se.study_instance_uid = ${studyInstanceUid}
      ORDER BY se.series_number NULLS LAST, se.series_instance_uid, i.instance_number NULLS LAST, i.sop_instance_uid`;
  }
}

function filters(query: StudyListQuery, except?: Facet): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  if (except !== 'modality' && query.modality.length > 0)
    parts.push(Prisma.sql`s.modalities && ${query.modality}::text[]`);
  if (except !== 'site' && query.site.length > 0)
    parts.push(Prisma.sql`s.node_id = ANY(${query.site}::text[])`);
  if (except !== 'manufacturer' && query.manufacturer.length > 0) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM series x WHERE x.study_instance_uid = s.study_instance_uid
      AND x.manufacturer = ANY(${query.manufacturer}::text[]))`);
  }
  if (query.from) parts.push(Prisma.sql`s.study_date >= ${query.from}`);
  if (query.to) parts.push(Prisma.sql`s.study_date <= ${query.to}`);
  return parts.length === 0 ? Prisma.sql`TRUE` : Prisma.join(parts, ' AND ');
}
