import {
  encodeDicomJson,
  parseDicom,
  tag,
  Tags,
  type DicomDataset,
  type DicomJsonDataset,
} from '@lattice/dicom';
import { METHOD_PREFIX, type DeidContext, type DeidentifiedOutcome } from '@lattice/deid';

const CodeValue = tag(0x0008, 0x0100);
const CodingSchemeDesignator = tag(0x0008, 0x0102);
const CodeMeaning = tag(0x0008, 0x0104);

/** One CID 7050 entry of De-identification Method Code Sequence (0012,0064). */
export interface DeidentificationCodeView {
  readonly value: string;
  readonly scheme: string;
  readonly meaning: string;
}

/** What one de-identification run recorded in the file. */
export interface StageProvenance {
  /** 1 or 2 for Lattice's stages; 0 for methods of other tools recorded before stage 1. */
  readonly stage: 0 | 1 | 2;
  readonly methods: readonly string[];
  readonly codes: readonly DeidentificationCodeView[];
}

/** De-identification provenance as recorded in a stored file, split by stage. */
export interface InstanceProvenance {
  readonly patientIdentityRemoved: string | null;
  readonly longitudinalTemporalInformationModified: string | null;
  readonly methods: readonly string[];
  readonly codes: readonly DeidentificationCodeView[];
  readonly stages: readonly StageProvenance[];
}

/** Everything the catalog keeps about one stage-2 instance; every value is already de-identified twice. */
export interface StoredInstance {
  readonly bytes: Uint8Array;
  readonly pseudonym: string;
  readonly studyInstanceUid: string;
  readonly studyDate: string | null;
  readonly studyTime: string | null;
  readonly studyDescription: string | null;
  readonly seriesInstanceUid: string;
  readonly modality: string | null;
  readonly bodyPart: string | null;
  readonly manufacturer: string | null;
  readonly model: string | null;
  readonly seriesNumber: number | null;
  readonly seriesDescription: string | null;
  readonly sopInstanceUid: string;
  readonly sopClassUid: string;
  readonly instanceNumber: number | null;
  readonly transferSyntaxUid: string;
  readonly metadata: DicomJsonDataset;
  readonly provenance: InstanceProvenance;
}

/**
 * Reads back a stage-2 output: the catalog's columns, its DICOM JSON metadata without bulk data, and
 * its provenance. Stage 2 appended its codes last, so the last ones (as many as it applies) are its own
 * and the rest came before it.
 */
export function describeStoredInstance(outcome: DeidentifiedOutcome, context: DeidContext): StoredInstance {
  const bytes = joinChunks(outcome.chunks, outcome.byteLength);
  const { dataset } = parseDicom(bytes);
  const stage2CodeCount = 1 + context.profile.options.length + (outcome.pixelAction === 'redacted' ? 1 : 0);
  return {
    bytes,
    pseudonym: outcome.pseudonym,
    studyInstanceUid: outcome.studyInstanceUid,
    studyDate: outcome.studyDate ?? null,
    studyTime: text(dataset, Tags.StudyTime),
    studyDescription: text(dataset, Tags.StudyDescription),
    seriesInstanceUid: outcome.seriesInstanceUid,
    modality: outcome.modality ?? null,
    bodyPart: outcome.bodyPart ?? null,
    manufacturer: outcome.manufacturer ?? null,
    model: outcome.model ?? null,
    seriesNumber: integer(dataset, Tags.SeriesNumber),
    seriesDescription: text(dataset, Tags.SeriesDescription),
    sopInstanceUid: outcome.sopInstanceUid,
    sopClassUid: outcome.sopClassUid,
    instanceNumber: integer(dataset, Tags.InstanceNumber),
    transferSyntaxUid: outcome.transferSyntaxUid,
    metadata: encodeDicomJson(dataset),
    provenance: readProvenance(dataset, stage2CodeCount),
  };
}

/** The provenance a file records; `stage2CodeCount` says how many trailing codes stage 2 appended. */
export function readProvenance(dataset: DicomDataset, stage2CodeCount: number): InstanceProvenance {
  const methods = dataset.getStrings(Tags.DeidentificationMethod).filter((value) => value !== '');
  const codes = dataset.getItems(Tags.DeidentificationMethodCodeSequence).map((item) => ({
    value: item.getString(CodeValue) ?? '',
    scheme: item.getString(CodingSchemeDesignator) ?? '',
    meaning: item.getString(CodeMeaning) ?? '',
  }));
  const split = Math.max(0, codes.length - stage2CodeCount);
  const stageOf = (method: string): 0 | 1 | 2 =>
    method.startsWith(`${METHOD_PREFIX}2:`) ? 2 : method.startsWith(`${METHOD_PREFIX}1:`) ? 1 : 0;
  const stages: StageProvenance[] = [];
  const earlier = methods.filter((method) => stageOf(method) === 0);
  if (earlier.length > 0) stages.push({ stage: 0, methods: earlier, codes: [] });
  stages.push({
    stage: 1,
    methods: methods.filter((method) => stageOf(method) === 1),
    codes: codes.slice(0, split),
  });
  stages.push({
    stage: 2,
    methods: methods.filter((method) => stageOf(method) === 2),
    codes: codes.slice(split),
  });
  return {
    patientIdentityRemoved: text(dataset, Tags.PatientIdentityRemoved),
    longitudinalTemporalInformationModified: text(dataset, Tags.LongitudinalTemporalInformationModified),
    methods,
    codes,
    stages,
  };
}

function joinChunks(chunks: readonly Uint8Array[], byteLength: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  return Buffer.concat(chunks, byteLength);
}

function text(dataset: DicomDataset, t: number): string | null {
  const value = dataset.getString(t);
  return value === undefined || value === '' ? null : value;
}

function integer(dataset: DicomDataset, t: number): number | null {
  const value = dataset.getNumber(t);
  return value !== undefined && Number.isSafeInteger(value) && Math.abs(value) <= 2_147_483_647
    ? value
    : null;
}
