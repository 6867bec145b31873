import type { DicomParseErrorCode } from '@lattice/dicom';
import type { ProfileOption } from './profile/profile-options';

/** What happened to one input. Every input ends in exactly one of these. */
export type DeidStatus = 'deidentified' | 'quarantined' | 'rejected';

/**
 * Why an input needs a person before it can go anywhere. Messages that accompany a code are safe to
 * show and log: they never contain identifying values.
 */
export type QuarantineCode =
  /** The pixels may carry burned-in text and no redaction rule covers this device and size. */
  | 'BURNED_IN_PIXELS_UNVERIFIED'
  /** The pixels must be redacted but their transfer syntax could not be decoded or re-encoded. */
  | 'PIXEL_CODEC_UNAVAILABLE'
  /** An encapsulated document (PDF, CDA, STL, ...) whose content cannot be cleaned. */
  | 'ENCAPSULATED_DOCUMENT'
  /** The optional OCR pass still reads text in the redacted image. */
  | 'OCR_TEXT_FOUND'
  /** Overlay data embedded in unused pixel bits that could not be cleared. */
  | 'EMBEDDED_OVERLAY'
  /** Text in a character set that cannot be decoded, so it cannot be checked. */
  | 'UNKNOWN_CHARACTER_SET'
  /** Verification found an identifying value of the original in the output. */
  | 'RESIDUAL_PHI'
  /** Stage 2 was given a file that stage 1 did not produce. */
  | 'NOT_STAGE1_OUTPUT'
  /** The de-identified dataset cannot be written as valid DICOM (for example a VR an implicit-VR file cannot carry). */
  | 'OUTPUT_NOT_WRITABLE';

/** Why an input is not usable DICOM: the parser's codes plus inputs that are DICOM but not an instance. */
export type RejectCode =
  | DicomParseErrorCode
  /** A DICOMDIR (media directory): it indexes files and must be rebuilt after de-identification. */
  | 'MEDIA_DIRECTORY'
  /** No SOP Class UID or SOP Instance UID: not a composite instance that can be stored or referenced. */
  | 'NOT_AN_INSTANCE';

/** What was produced for an input that ended de-identified. Every value is already de-identified. */
export interface DeidentifiedOutcome {
  readonly status: 'deidentified';
  /** The output file as chunks for `writev` (large values are views, not copies). */
  readonly chunks: readonly Uint8Array[];
  readonly byteLength: number;
  readonly transferSyntaxUid: string;
  /** The stage's patient pseudonym (P1 or P2). */
  readonly pseudonym: string;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly sopInstanceUid: string;
  readonly sopClassUid: string;
  readonly modality: string | undefined;
  readonly manufacturer: string | undefined;
  readonly model: string | undefined;
  readonly bodyPart: string | undefined;
  /** Study Date as written in the output (shifted, kept or emptied by the profile). */
  readonly studyDate: string | undefined;
  /** The options applied, in Table E.1-1 column order. */
  readonly options: readonly ProfileOption[];
  readonly profile: string;
  /** What the burned-in pixel policy did: pixels untouched, or regions blanked. */
  readonly pixelAction: 'unchanged' | 'redacted';
  /** The pixel quarantine an operator's review settled, recorded in De-identification Method; absent otherwise. */
  readonly operatorReview?: QuarantineCode;
}

/** An input held for a person; the reason is safe to show and names what is missing, never a value. */
export interface QuarantinedOutcome {
  readonly status: 'quarantined';
  readonly code: QuarantineCode;
  readonly reason: string;
}

/** An input that is not usable DICOM; the reason is safe to show. */
export interface RejectedOutcome {
  readonly status: 'rejected';
  readonly code: RejectCode;
  readonly reason: string;
}

/**
 * Something unexpected happened inside the engine: a bug, never a verdict on the input. Callers report
 * it as `failed` and keep the input for a retry; the reason names the step and error type only.
 */
export interface FailedOutcome {
  readonly status: 'failed';
  readonly code: 'INTERNAL_ERROR';
  readonly reason: string;
}

/** The result of de-identifying one input: one of the three statuses, or `failed` when the engine itself broke. */
export type DeidOutcome = DeidentifiedOutcome | QuarantinedOutcome | RejectedOutcome | FailedOutcome;

/** True for outcomes that are a verdict on the input (deidentified, quarantined, rejected); false for engine failures. */
export function isVerdict(
  outcome: DeidOutcome,
): outcome is DeidentifiedOutcome | QuarantinedOutcome | RejectedOutcome {
  return outcome.status !== 'failed';
}
