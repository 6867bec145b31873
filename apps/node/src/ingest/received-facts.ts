import {
  DicomParseError,
  parseDicom,
  Tags,
  type DicomDataset,
  type DicomParseErrorCode,
  type Tag,
} from '@lattice/dicom';

/** What the node reads from an object before de-identifying it. Identifying values stay in memory. */
export interface ReceivedFacts {
  /** The Patient ID as decoded with the object's character set and trimmed; '' when absent. */
  readonly patientId: string;
  readonly sopClassUid: string;
  readonly sopInstanceUid: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  /** Non-identifying facts kept with a quarantined object. */
  readonly modality: string | undefined;
  readonly manufacturer: string | undefined;
}

/** The object is not usable DICOM: the parser's code and a safe message. */
export class UnreadableObjectError extends Error {
  constructor(
    readonly code: DicomParseErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableObjectError';
  }
}

/**
 * Reads the facts consent and quarantine need (one parse; values are views of the input, nothing is
 * decoded beyond these attributes). Throws UnreadableObjectError for anything that is not DICOM.
 */
export function readReceivedFacts(bytes: Uint8Array): ReceivedFacts {
  let dataset: DicomDataset;
  let meta: DicomDataset;
  try {
    ({ dataset, meta } = parseDicom(bytes));
  } catch (error) {
    if (error instanceof DicomParseError) throw new UnreadableObjectError(error.code, error.message);
    throw error;
  }
  return {
    patientId: text(dataset, Tags.PatientID).trim(),
    sopClassUid: uid(dataset, Tags.SOPClassUID) || uid(meta, Tags.MediaStorageSOPClassUID),
    sopInstanceUid: uid(dataset, Tags.SOPInstanceUID) || uid(meta, Tags.MediaStorageSOPInstanceUID),
    studyInstanceUid: uid(dataset, Tags.StudyInstanceUID),
    seriesInstanceUid: uid(dataset, Tags.SeriesInstanceUID),
    modality: optional(text(dataset, Tags.Modality)),
    manufacturer: optional(text(dataset, Tags.Manufacturer)),
  };
}

function uid(dataset: DicomDataset, tag: Tag): string {
  // UIDs are plain ASCII: no character set can make them undecodable.
  return text(dataset, tag).replace(/\0/g, '').trim();
}

function text(dataset: DicomDataset, tag: Tag): string {
  try {
    return dataset.getString(tag) ?? '';
  } catch {
    // Text in a character set that cannot be decoded; de-identification holds such a file anyway.
    return '';
  }
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}
