import {
  CharsetError,
  DicomParseError,
  DicomWriteError,
  parseDicom,
  tag,
  Tags,
  TransferSyntax,
  transcodeToUtf8,
  writeDicom,
  DicomDataset,
  IMPLEMENTATION_CLASS_UID,
  IMPLEMENTATION_VERSION_NAME,
  type DicomFile,
  type Tag,
} from '@lattice/dicom';
import { KnownIdentifierMatcher } from '../cleaning/known-identifiers';
import { dateShiftDays, dateShiftSubject } from '../keyed/date-shift';
import {
  isPseudonym,
  pseudonymForAbsentPatientId,
  pseudonymizePatientId,
  pseudonymousPatientName,
} from '../keyed/pseudonym';
import { UidRemapper } from '../keyed/uid-remap';
import type {
  DeidOutcome,
  QuarantineCode,
  QuarantinedOutcome,
  RejectCode,
  RejectedOutcome,
} from '../outcome';
import { applyReviewedPixelPolicy, recordOperatorReview } from '../pixels/operator-review';
import { ageBetween, groupAgeOver89 } from '../transforms/age';
import { collectIdentifiers } from '../verify/collect-identifiers';
import type { CollectedIdentifier } from '../verify/identifier-kind';
import { isFillerValue } from '../verify/filler-values';
import { verifyAgainst, type ResidualFinding } from '../verify/verify';
import type { DeidContext } from './deid-context';
import { HeaderActions } from './header-actions';
import { appliedCodes, recordedStages, recordProvenance, type TemporalInformation } from './provenance';

/** Per-file settings of a run. */
export interface InstanceOptions {
  /** Where the output will be written: verification also searches the path for identifying values. */
  readonly outputPath?: string;
}

const MEDIA_STORAGE_DIRECTORY = '1.2.840.10008.1.3.10';
const DirectoryRecordSequence = tag(0x0004, 0x1220);
const EncapsulatedDocument = tag(0x0042, 0x0011);
const MAX_REPORTED_FINDINGS = 5;

// Kinds whose values the cleaner removes from free text; dates and UIDs have rules of their own.
const CLEANING_KINDS = new Set<CollectedIdentifier['kind']>([
  'patient-name',
  'person-name',
  'patient-id',
  'identifier',
  'address',
  'contact',
  'institution',
  'device',
]);

class Verdict {
  constructor(readonly outcome: QuarantinedOutcome | RejectedOutcome) {}
}

const quarantine = (code: QuarantineCode, reason: string) =>
  new Verdict({ status: 'quarantined', code, reason });
const reject = (code: RejectCode, reason: string) => new Verdict({ status: 'rejected', code, reason });

/**
 * De-identifies one DICOM instance: parse, refuse what is not an instance, transcode text to UTF-8,
 * collect the original's identifying values, apply the burned-in pixel policy, the profile's header
 * actions, pseudonym, UID remaps and date shift, record provenance, verify the result against every
 * identifying value of the original, and write it. Deterministic: no clock or randomness reaches the
 * output. Never throws: engine errors come back as a `failed` outcome.
 */
export async function deidentifyInstance(
  input: Uint8Array,
  context: DeidContext,
  options: InstanceOptions = {},
): Promise<DeidOutcome> {
  const progress = { step: 'parse' };
  try {
    return await run(input, context, options, progress);
  } catch (error) {
    if (error instanceof Verdict) return error.outcome;
    if (error instanceof CharsetError) {
      return {
        status: 'quarantined',
        code: 'UNKNOWN_CHARACTER_SET',
        reason: `text cannot be decoded (${error.code}): ${error.message}`,
      };
    }
    const name = error instanceof Error ? error.name : typeof error;
    return { status: 'failed', code: 'INTERNAL_ERROR', reason: `unexpected ${name} during ${progress.step}` };
  }
}

async function run(
  input: Uint8Array,
  context: DeidContext,
  options: InstanceOptions,
  progress: { step: string },
): Promise<DeidOutcome> {
  const { profile, stage, hash } = context;
  const file = parse(input);
  let dataset = file.dataset;

  progress.step = 'classification';
  if (
    dataset.has(DirectoryRecordSequence) ||
    file.meta.getString(Tags.MediaStorageSOPClassUID) === MEDIA_STORAGE_DIRECTORY
  ) {
    throw reject(
      'MEDIA_DIRECTORY',
      'a DICOMDIR indexes other files; rebuild it from the de-identified files instead',
    );
  }
  const sopClassUid = instanceUid(file, Tags.SOPClassUID, Tags.MediaStorageSOPClassUID);
  const originalSopInstanceUid = instanceUid(file, Tags.SOPInstanceUID, Tags.MediaStorageSOPInstanceUID);
  if (sopClassUid === '' || originalSopInstanceUid === '') {
    throw reject(
      'NOT_AN_INSTANCE',
      'neither the dataset nor the file meta has a SOP Class UID and SOP Instance UID',
    );
  }
  if (stage === 2) checkStageOneOutput(file);
  if (dataset.has(EncapsulatedDocument)) {
    throw quarantine(
      'ENCAPSULATED_DOCUMENT',
      'encapsulated document: its content cannot be checked for identifying text',
    );
  }

  progress.step = 'character sets';
  transcodeToUtf8(dataset);
  // After transcoding, text is UTF-8 or plain ASCII: declaring UTF-8 is then always true, and it
  // replaces misspelt or unusual terms (ISO-IR 100) that other readers refuse.
  if (
    dataset.has(Tags.SpecificCharacterSet) &&
    dataset.getString(Tags.SpecificCharacterSet) !== 'ISO_IR 192'
  ) {
    dataset.setString(Tags.SpecificCharacterSet, 'CS', 'ISO_IR 192');
  }

  progress.step = 'identifier collection';
  const identifiers = collectIdentifiers(file, profile);
  const originalPatientId = dataset.getString(Tags.PatientID)?.trim() ?? '';
  const studyUid = dataset.getString(Tags.StudyInstanceUID) ?? '';
  const originalAge = dataset.getString(Tags.PatientAge) ?? '';
  const derivedAge =
    originalAge === '' && profile.has('retainPatientCharacteristics')
      ? ageBetween(dataset.getString(Tags.PatientBirthDate) ?? '', dataset.getString(Tags.StudyDate) ?? '')
      : undefined;

  progress.step = 'pixel policy';
  // The policy reads descriptions, image type and device before the header actions change them; it
  // changes only the pixel data and the attributes describing it, which the header actions keep.
  const { result: pixels, reviewed } = await applyReviewedPixelPolicy(file, context.pixels);
  if (pixels.action === 'quarantine') throw quarantine(pixels.code, pixels.reason);
  // Redaction may replace the dataset (for example when big-endian input becomes little endian).
  dataset = file.dataset;

  progress.step = 'pseudonyms';
  const hasPatientId = originalPatientId !== '' && !isFillerValue(originalPatientId);
  const pseudonym =
    stage === 2
      ? pseudonymizePatientId(hash, 2, originalPatientId)
      : hasPatientId
        ? pseudonymizePatientId(hash, 1, originalPatientId)
        : pseudonymForAbsentPatientId(hash, studyUid !== '' ? studyUid : originalSopInstanceUid);
  const shiftDays =
    stage === 1 && profile.dates === 'shift'
      ? dateShiftDays(
          hash,
          dateShiftSubject(hasPatientId ? originalPatientId : undefined, studyUid || originalSopInstanceUid),
          context.dateShiftMaxDays,
        )
      : 0;

  progress.step = 'header actions';
  const known = new KnownIdentifierMatcher(
    identifiers.filter((item) => CLEANING_KINDS.has(item.kind)).map((item) => item.value),
  );
  new HeaderActions({
    profile,
    stage,
    hash,
    uids: new UidRemapper(hash, stage),
    dateShiftDays: shiftDays,
    known,
  }).apply(dataset);
  dataset.setString(Tags.PatientID, 'LO', pseudonym);
  dataset.setString(Tags.PatientName, 'PN', pseudonymousPatientName(pseudonym));
  if (derivedAge !== undefined) dataset.setString(Tags.PatientAge, 'AS', derivedAge);
  if (profile.groupAgesOver89 && dataset.has(Tags.PatientAge)) {
    dataset.setString(Tags.PatientAge, 'AS', groupAgeOver89(dataset.getString(Tags.PatientAge) ?? ''));
  }

  // Deflated input is written as explicit VR little endian (the writer does not deflate).
  const transferSyntaxUid = file.encoding.deflated
    ? TransferSyntax.ExplicitVRLittleEndian
    : file.transferSyntaxUid;
  // The writer builds the meta group from the dataset; verify exactly that, not the input's meta.
  file.meta = outputMeta(dataset, transferSyntaxUid);

  progress.step = 'verification';
  const verdict = verifyAgainst(identifiers, file, {
    profile,
    stage,
    dateShiftDays: shiftDays,
    ...(options.outputPath !== undefined ? { outputPath: options.outputPath } : {}),
  });
  if (!verdict.clean) throw quarantine('RESIDUAL_PHI', describeFindings(verdict.findings));

  progress.step = 'provenance';
  // Verified before provenance: its fixed wording ("Retain Patient Characteristics Option") is not data.
  recordProvenance(
    dataset,
    stage,
    profile,
    appliedCodes(profile, pixels.action === 'redacted'),
    stage === 1 ? temporalInformation(profile.dates) : null,
  );
  if (reviewed !== null) recordOperatorReview(dataset);

  progress.step = 'writing';
  let chunks: Uint8Array[];
  try {
    chunks = writeDicom(file, { transferSyntaxUid });
  } catch (error) {
    if (error instanceof DicomWriteError)
      throw quarantine('OUTPUT_NOT_WRITABLE', `${error.code}: ${error.message}`);
    throw error;
  }

  const text = (value: string | undefined) => (value === undefined || value === '' ? undefined : value);
  return {
    status: 'deidentified',
    chunks,
    byteLength: chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0),
    transferSyntaxUid,
    pseudonym,
    studyInstanceUid: dataset.getString(Tags.StudyInstanceUID) ?? '',
    seriesInstanceUid: dataset.getString(Tags.SeriesInstanceUID) ?? '',
    sopInstanceUid: dataset.getString(Tags.SOPInstanceUID) ?? '',
    sopClassUid,
    modality: text(dataset.getString(Tags.Modality)),
    manufacturer: text(dataset.getString(Tags.Manufacturer)),
    model: text(dataset.getString(Tags.ManufacturerModelName)),
    bodyPart: text(dataset.getString(Tags.BodyPartExamined)),
    studyDate: text(dataset.getString(Tags.StudyDate)),
    options: profile.options,
    profile: profile.name,
    pixelAction: pixels.action,
    ...(reviewed !== null ? { operatorReview: reviewed } : {}),
  };
}

function parse(input: Uint8Array): DicomFile {
  try {
    return parseDicom(input);
  } catch (error) {
    if (error instanceof DicomParseError) throw reject(error.code, error.message);
    throw error;
  }
}

/** Stage 2 takes only what a Lattice stage 1 wrote, and only once. */
function checkStageOneOutput(file: DicomFile): void {
  const { dataset } = file;
  const stages = recordedStages(dataset);
  if (dataset.getString(Tags.PatientIdentityRemoved) !== 'YES' || !stages.includes(1)) {
    throw quarantine(
      'NOT_STAGE1_OUTPUT',
      'no Lattice stage-1 provenance (Patient Identity Removed and De-identification Method)',
    );
  }
  if (stages.includes(2)) throw quarantine('NOT_STAGE1_OUTPUT', 'the file has already been through stage 2');
  if (!isPseudonym(1, dataset.getString(Tags.PatientID) ?? '')) {
    throw quarantine('NOT_STAGE1_OUTPUT', 'the Patient ID is not a stage-1 pseudonym');
  }
}

function temporalInformation(dates: 'remove' | 'shift' | 'keep'): TemporalInformation {
  return dates === 'shift' ? 'MODIFIED' : dates === 'keep' ? 'UNMODIFIED' : 'REMOVED';
}

function describeFindings(findings: readonly ResidualFinding[]): string {
  const shown = findings
    .slice(0, MAX_REPORTED_FINDINGS)
    .map((finding) => `${finding.kind} from ${finding.sourcePath} found at ${finding.path}`);
  const more =
    findings.length > MAX_REPORTED_FINDINGS ? ` and ${findings.length - MAX_REPORTED_FINDINGS} more` : '';
  return `identifying values of the original remain: ${shown.join('; ')}${more}`;
}

/**
 * A SOP UID from the dataset, else from the file meta (some files carry it only there); a value taken
 * from the meta is written into the dataset so that the output is consistent.
 */
function instanceUid(file: DicomFile, datasetTag: Tag, metaTag: Tag): string {
  const own = file.dataset.getString(datasetTag) ?? '';
  if (own !== '') return own;
  const fromMeta = file.meta.getString(metaTag) ?? '';
  if (fromMeta !== '') file.dataset.setString(datasetTag, 'UI', fromMeta);
  return fromMeta;
}

/** The meta group the writer will produce, for verification. */
function outputMeta(dataset: DicomDataset, transferSyntaxUid: string): DicomDataset {
  const meta = new DicomDataset(true);
  meta.setString(Tags.MediaStorageSOPClassUID, 'UI', dataset.getString(Tags.SOPClassUID) ?? '');
  meta.setString(Tags.MediaStorageSOPInstanceUID, 'UI', dataset.getString(Tags.SOPInstanceUID) ?? '');
  meta.setString(Tags.TransferSyntaxUID, 'UI', transferSyntaxUid);
  meta.setString(Tags.ImplementationClassUID, 'UI', IMPLEMENTATION_CLASS_UID);
  meta.setString(Tags.ImplementationVersionName, 'SH', IMPLEMENTATION_VERSION_NAME);
  return meta;
}
