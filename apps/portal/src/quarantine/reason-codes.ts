import type { PlainMessageKey } from '../i18n/translate';

/** A reason code in plain words: a short title and one or two sentences a person can act on. */
export interface ReasonText {
  readonly title: PlainMessageKey;
  readonly explanation: PlainMessageKey;
}

/**
 * The codes the de-identification engine and the parser give for objects held back or refused
 * (libs/deid outcome codes), in plain words. Codes not listed here are shown as the code alone.
 */
const reasons = {
  BURNED_IN_PIXELS_UNVERIFIED: {
    title: 'reason.BURNED_IN_PIXELS_UNVERIFIED.title',
    explanation: 'reason.BURNED_IN_PIXELS_UNVERIFIED.explanation',
  },
  PIXEL_CODEC_UNAVAILABLE: {
    title: 'reason.PIXEL_CODEC_UNAVAILABLE.title',
    explanation: 'reason.PIXEL_CODEC_UNAVAILABLE.explanation',
  },
  OCR_TEXT_FOUND: { title: 'reason.OCR_TEXT_FOUND.title', explanation: 'reason.OCR_TEXT_FOUND.explanation' },
  EMBEDDED_OVERLAY: {
    title: 'reason.EMBEDDED_OVERLAY.title',
    explanation: 'reason.EMBEDDED_OVERLAY.explanation',
  },
  ENCAPSULATED_DOCUMENT: {
    title: 'reason.ENCAPSULATED_DOCUMENT.title',
    explanation: 'reason.ENCAPSULATED_DOCUMENT.explanation',
  },
  UNKNOWN_CHARACTER_SET: {
    title: 'reason.UNKNOWN_CHARACTER_SET.title',
    explanation: 'reason.UNKNOWN_CHARACTER_SET.explanation',
  },
  RESIDUAL_PHI: { title: 'reason.RESIDUAL_PHI.title', explanation: 'reason.RESIDUAL_PHI.explanation' },
  NOT_STAGE1_OUTPUT: {
    title: 'reason.NOT_STAGE1_OUTPUT.title',
    explanation: 'reason.NOT_STAGE1_OUTPUT.explanation',
  },
  OUTPUT_NOT_WRITABLE: {
    title: 'reason.OUTPUT_NOT_WRITABLE.title',
    explanation: 'reason.OUTPUT_NOT_WRITABLE.explanation',
  },
  NOT_DICOM: { title: 'reason.NOT_DICOM.title', explanation: 'reason.NOT_DICOM.explanation' },
  EMPTY: { title: 'reason.EMPTY.title', explanation: 'reason.EMPTY.explanation' },
  TRUNCATED: { title: 'reason.TRUNCATED.title', explanation: 'reason.TRUNCATED.explanation' },
  MEDIA_DIRECTORY: {
    title: 'reason.MEDIA_DIRECTORY.title',
    explanation: 'reason.MEDIA_DIRECTORY.explanation',
  },
  NOT_AN_INSTANCE: {
    title: 'reason.NOT_AN_INSTANCE.title',
    explanation: 'reason.NOT_AN_INSTANCE.explanation',
  },
  INTERNAL_ERROR: { title: 'reason.INTERNAL_ERROR.title', explanation: 'reason.INTERNAL_ERROR.explanation' },
} as const satisfies Record<string, ReasonText>;

/** The plain words of a reason code, or null for a code the portal does not know. */
export function reasonTextOf(code: string): ReasonText | null {
  return Object.hasOwn(reasons, code) ? reasons[code as keyof typeof reasons] : null;
}

/** Every code the portal explains, for tests that check both dictionaries cover them. */
export const explainedReasonCodes: readonly string[] = Object.keys(reasons);
