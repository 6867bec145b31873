import type { DicomDataset } from './dataset';

/** How the main dataset's values were encoded in the input. */
export interface DatasetEncoding {
  readonly littleEndian: boolean;
  readonly explicitVr: boolean;
  /** Deflated transfer syntaxes compress everything after the file meta group with raw DEFLATE. */
  readonly deflated: boolean;
}

/** A DICOM Part 10 file (or a bare dataset without file meta), parsed. */
export interface DicomFile {
  /** The 128-byte preamble, or null when the input started without one. */
  preamble: Uint8Array | null;
  /** File Meta Information, group 0002 (always explicit VR little endian); empty when the input had none. */
  meta: DicomDataset;
  dataset: DicomDataset;
  /** The transfer syntax the dataset was read with: from the meta group, or detected for bare datasets. */
  transferSyntaxUid: string;
  encoding: DatasetEncoding;
}

export type DicomParseErrorCode =
  | 'EMPTY'
  | 'NOT_DICOM'
  | 'TOO_LARGE'
  | 'TRUNCATED'
  | 'BAD_LENGTH'
  | 'BAD_VR'
  | 'BAD_SEQUENCE'
  | 'BAD_META'
  | 'MISSING_TRANSFER_SYNTAX'
  | 'UNSUPPORTED_TRANSFER_SYNTAX'
  | 'TOO_DEEP'
  /** A deflated dataset whose compressed stream is corrupt. */
  | 'BAD_DEFLATE';

/** Why an input is not usable DICOM. The message is safe to show: it never contains element values. */
export class DicomParseError extends Error {
  constructor(
    readonly code: DicomParseErrorCode,
    message: string,
    /** Byte offset in the input where the problem was found, when known. */
    readonly offset?: number,
  ) {
    super(message);
    this.name = 'DicomParseError';
  }
}

export const TransferSyntax = {
  ImplicitVRLittleEndian: '1.2.840.10008.1.2',
  ExplicitVRLittleEndian: '1.2.840.10008.1.2.1',
  DeflatedExplicitVRLittleEndian: '1.2.840.10008.1.2.1.99',
  ExplicitVRBigEndian: '1.2.840.10008.1.2.2',
  RLELossless: '1.2.840.10008.1.2.5',
} as const;
