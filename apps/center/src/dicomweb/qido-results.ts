import {
  dicomJsonKey,
  lookupAttribute,
  tagForKeyword,
  type DicomJsonAttribute,
  type DicomJsonDataset,
  type Tag,
} from '@lattice/dicom';
import type { QidoLevel, QidoQuery } from './qido-query';

function tags(...keywords: string[]): Tag[] {
  return keywords.map((keyword) => {
    const tag = tagForKeyword(keyword);
    if (tag === undefined) throw new Error(`no such keyword ${keyword}`);
    return tag;
  });
}

/** The attributes every result of a level carries (PS3.18 Tables 10.6.3-3 to -5), plus the level's UIDs. */
export const DEFAULT_RESULT_TAGS: Record<QidoLevel, readonly Tag[]> = {
  study: tags(
    'SpecificCharacterSet',
    'StudyDate',
    'StudyTime',
    'AccessionNumber',
    'InstanceAvailability',
    'ModalitiesInStudy',
    'ReferringPhysicianName',
    'RetrieveURL',
    'PatientName',
    'PatientID',
    'PatientBirthDate',
    'PatientSex',
    'StudyInstanceUID',
    'StudyID',
    'StudyDescription',
    'NumberOfStudyRelatedSeries',
    'NumberOfStudyRelatedInstances',
  ),
  series: tags(
    'SpecificCharacterSet',
    'Modality',
    'SeriesDescription',
    'RetrieveURL',
    'StudyInstanceUID',
    'SeriesInstanceUID',
    'SeriesNumber',
    'BodyPartExamined',
    'Manufacturer',
    'NumberOfSeriesRelatedInstances',
    'PerformedProcedureStepStartDate',
    'PerformedProcedureStepStartTime',
  ),
  instance: tags(
    'SpecificCharacterSet',
    'SOPClassUID',
    'SOPInstanceUID',
    'InstanceAvailability',
    'RetrieveURL',
    'StudyInstanceUID',
    'SeriesInstanceUID',
    'InstanceNumber',
    'Rows',
    'Columns',
    'BitsAllocated',
    'NumberOfFrames',
  ),
};

/**
 * One search result: the level's default attributes, the query's keys and the `includefield`
 * attributes, each from `computed` (catalog values) when there, else from the metadata, else empty.
 * `includefield=all` adds every attribute of the metadata (for a study or series: of its first instance).
 */
export function buildResult(
  level: QidoLevel,
  query: QidoQuery,
  computed: Readonly<Record<string, DicomJsonAttribute>>,
  metadata: DicomJsonDataset | null,
): DicomJsonDataset {
  const wanted = new Set<Tag>([
    ...DEFAULT_RESULT_TAGS[level],
    ...query.matches.map((match) => match.tag),
    ...query.includeTags,
  ]);
  const keys = new Set<string>([...wanted].map(dicomJsonKey));
  if (query.includeAll && metadata) for (const key of Object.keys(metadata)) keys.add(key);
  const result: DicomJsonDataset = {};
  for (const key of [...keys].sort()) {
    const attribute = computed[key] ?? metadata?.[key] ?? emptyAttribute(key);
    if (attribute) result[key] = attribute;
  }
  return result;
}

function emptyAttribute(key: string): DicomJsonAttribute | undefined {
  const vr = lookupAttribute(parseInt(key, 16) >>> 0)?.vr;
  return vr && vr !== 'UN' ? { vr } : undefined;
}

/** A text attribute, empty when the value is missing. */
export function textAttribute(
  vr: DicomJsonAttribute['vr'],
  value: string | null | undefined,
): DicomJsonAttribute {
  return value === null || value === undefined || value === '' ? { vr } : { vr, Value: [value] };
}

/** A numeric attribute, empty when the value is missing. */
export function numberAttribute(
  vr: DicomJsonAttribute['vr'],
  value: number | null | undefined,
): DicomJsonAttribute {
  return value === null || value === undefined ? { vr } : { vr, Value: [value] };
}
