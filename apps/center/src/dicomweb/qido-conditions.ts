import { dicomJsonKey, lookupAttribute, tagForKeyword, type Tag } from '@lattice/dicom';
import { Prisma } from '../generated/prisma/client';
import { DicomwebError } from './dicomweb.error';
import type { AttributeMatch, Matcher, QidoLevel } from './qido-query';

type ColumnKind = 'text' | 'array' | 'int';

interface Column {
  readonly sql: Prisma.Sql;
  readonly kind: ColumnKind;
  readonly level: QidoLevel;
}

const LEVEL_DEPTH: Record<QidoLevel, number> = { study: 0, series: 1, instance: 2 };

function keyword(name: string): Tag {
  const tag = tagForKeyword(name);
  if (tag === undefined) throw new Error(`no such keyword ${name}`);
  return tag;
}

// Attributes the catalog keeps as columns (aliases s = studies, se = series, i = instances).
const COLUMNS = new Map<Tag, Column>([
  [keyword('StudyInstanceUID'), { sql: Prisma.raw('s.study_instance_uid'), kind: 'text', level: 'study' }],
  [keyword('StudyDate'), { sql: Prisma.raw('s.study_date'), kind: 'text', level: 'study' }],
  [keyword('StudyTime'), { sql: Prisma.raw('s.study_time'), kind: 'text', level: 'study' }],
  [keyword('StudyDescription'), { sql: Prisma.raw('s.study_description'), kind: 'text', level: 'study' }],
  [keyword('PatientID'), { sql: Prisma.raw('s.pseudonym'), kind: 'text', level: 'study' }],
  [keyword('ModalitiesInStudy'), { sql: Prisma.raw('s.modalities'), kind: 'array', level: 'study' }],
  [
    keyword('SeriesInstanceUID'),
    { sql: Prisma.raw('se.series_instance_uid'), kind: 'text', level: 'series' },
  ],
  [keyword('Modality'), { sql: Prisma.raw('se.modality'), kind: 'text', level: 'series' }],
  [keyword('SeriesNumber'), { sql: Prisma.raw('se.series_number'), kind: 'int', level: 'series' }],
  [keyword('SeriesDescription'), { sql: Prisma.raw('se.series_description'), kind: 'text', level: 'series' }],
  [keyword('BodyPartExamined'), { sql: Prisma.raw('se.body_part'), kind: 'text', level: 'series' }],
  [keyword('Manufacturer'), { sql: Prisma.raw('se.manufacturer'), kind: 'text', level: 'series' }],
  [keyword('ManufacturerModelName'), { sql: Prisma.raw('se.model'), kind: 'text', level: 'series' }],
  [keyword('SOPInstanceUID'), { sql: Prisma.raw('i.sop_instance_uid'), kind: 'text', level: 'instance' }],
  [keyword('SOPClassUID'), { sql: Prisma.raw('i.sop_class_uid'), kind: 'text', level: 'instance' }],
  [keyword('InstanceNumber'), { sql: Prisma.raw('i.instance_number'), kind: 'int', level: 'instance' }],
]);

/** Attributes that belong to the series or instance level and cannot be keys of a shallower query. */
const DEEPER_KEYS = new Set(
  ['Rows', 'Columns', 'NumberOfFrames', 'BitsAllocated', 'SeriesDate', 'SeriesTime'].map(keyword),
);

/**
 * SQL conditions for a query's matches at a level. Catalog columns are matched directly; any other
 * attribute is matched in the DICOM JSON metadata `metadata` (the instance itself, or the first instance
 * of the series or study). Keys of a deeper level than the query's are INVALID_QUERY.
 */
export function matchConditions(
  matches: readonly AttributeMatch[],
  level: QidoLevel,
  metadata: Prisma.Sql,
  fuzzyMatching: boolean,
): Prisma.Sql[] {
  return matches.flatMap((match) => {
    if (match.matcher.kind === 'universal') return [];
    const column = COLUMNS.get(match.tag);
    const name = lookupAttribute(match.tag)?.keyword || dicomJsonKey(match.tag);
    const deeper =
      (column && LEVEL_DEPTH[column.level] > LEVEL_DEPTH[level]) ||
      (level !== 'instance' && DEEPER_KEYS.has(match.tag));
    if (deeper)
      throw new DicomwebError('INVALID_QUERY', `Invalid query: ${name} is not a key at the ${level} level.`);
    if (column) return [columnCondition(column, match.matcher, name)];
    return [metadataCondition(match, metadata, fuzzyMatching, name)];
  });
}

function columnCondition(column: Column, matcher: Matcher, name: string): Prisma.Sql {
  const { sql } = column;
  switch (column.kind) {
    case 'text':
      return textCondition(sql, matcher, name);
    case 'int':
      if (matcher.kind !== 'single') return unsupported(name, matcher);
      return Prisma.sql`${sql} = ${Math.trunc(Number(matcher.value))}::int`;
    case 'array':
      switch (matcher.kind) {
        case 'single':
          return Prisma.sql`${matcher.value} = ANY(${sql})`;
        case 'list':
          return Prisma.sql`${sql} && ${[...matcher.values]}::text[]`;
        case 'wildcard':
          return Prisma.sql`EXISTS (SELECT 1 FROM unnest(${sql}) AS m(v) WHERE m.v LIKE ${likePattern(matcher.pattern)})`;
        case 'range':
        case 'universal':
          return unsupported(name, matcher);
      }
  }
}

function textCondition(value: Prisma.Sql, matcher: Matcher, name: string): Prisma.Sql {
  switch (matcher.kind) {
    case 'single':
      return Prisma.sql`${value} = ${matcher.value}`;
    case 'wildcard':
      return Prisma.sql`${value} LIKE ${likePattern(matcher.pattern)}`;
    case 'list':
      return Prisma.sql`${value} = ANY(${[...matcher.values]}::text[])`;
    case 'range': {
      const parts: Prisma.Sql[] = [];
      if (matcher.from) parts.push(Prisma.sql`${value} >= ${matcher.from}`);
      // An upper bound of lower precision covers all of its last unit: 1100 covers 11:00 to 11:00:59.
      if (matcher.to) parts.push(Prisma.sql`left(${value}, ${matcher.to.length}) <= ${matcher.to}`);
      return Prisma.join(parts, ' AND ', '(', ')');
    }
    case 'universal':
      return unsupported(name, matcher);
  }
}

function metadataCondition(
  match: AttributeMatch,
  metadata: Prisma.Sql,
  fuzzy: boolean,
  name: string,
): Prisma.Sql {
  const values = Prisma.sql`COALESCE(${metadata} -> ${dicomJsonKey(match.tag)} -> 'Value', '[]'::jsonb)`;
  const { matcher } = match;
  if (match.vr === 'PN') {
    if (matcher.kind !== 'single' && matcher.kind !== 'wildcard') return unsupported(name, matcher);
    const pattern = likePattern(matcher.kind === 'single' ? matcher.value : matcher.pattern);
    const groups = ['Alphabetic', 'Ideographic', 'Phonetic'].map((group) => {
      const text = Prisma.sql`(v ->> ${group})`;
      // Fuzzy: case-insensitive, and the value may be the beginning of any name component.
      return fuzzy
        ? Prisma.sql`(${text} ILIKE ${pattern} || '%' OR ${text} ILIKE '%^' || ${pattern} || '%')`
        : Prisma.sql`${text} LIKE ${pattern}`;
    });
    return Prisma.sql`EXISTS (SELECT 1 FROM jsonb_array_elements(${values}) AS e(v) WHERE jsonb_typeof(v) = 'object' AND (${Prisma.join(groups, ' OR ')}))`;
  }
  if (['IS', 'DS', 'US', 'SS', 'UL', 'SL', 'FL', 'FD', 'SV', 'UV'].includes(match.vr)) {
    if (matcher.kind !== 'single') return unsupported(name, matcher);
    return Prisma.sql`${values} @> jsonb_build_array(${Number(matcher.value)}::numeric)`;
  }
  const condition = textCondition(Prisma.raw('t.v'), matcher, name);
  return Prisma.sql`EXISTS (SELECT 1 FROM jsonb_array_elements_text(${values}) AS t(v) WHERE ${condition})`;
}

/** A LIKE pattern for a DICOM wildcard value: `*` any run, `?` one character, the rest literal. */
export function likePattern(value: string): string {
  return value
    .replace(/[\\%_]/g, (char) => `\\${char}`)
    .replace(/\*/g, '%')
    .replace(/\?/g, '_');
}

function unsupported(name: string, matcher: Matcher): never {
  throw new DicomwebError(
    'INVALID_QUERY',
    `Invalid query: ${name} does not support ${matcher.kind} matching.`,
  );
}
