import { Tags, type DicomDataset, type DicomFile } from '@lattice/dicom';
import type { QuarantineCode } from '../outcome';
import { applyPixelPolicy } from './apply-pixel-policy';
import type { PixelStepResult } from './pixel-policy';
import type { PixelPolicyOptions } from './pixel-policy-options';

/**
 * The De-identification Method (0012,0063) value that records an operator's review of the pixels. It
 * names no person: who decided is kept by the node that asked, not in the image.
 */
export const OPERATOR_REVIEW_METHOD = 'LATTICE: burned-in text reviewed by the node operator';

/**
 * Quarantine codes a person can settle by looking at the image: the pixels may carry burned-in text
 * that no rule could remove or check. Encapsulated documents, residual header values and unreadable
 * character sets are not about pixels and stay held.
 */
export const REVIEWABLE_PIXEL_CODES: ReadonlySet<QuarantineCode> = new Set<QuarantineCode>([
  'BURNED_IN_PIXELS_UNVERIFIED',
  'PIXEL_CODEC_UNAVAILABLE',
  'OCR_TEXT_FOUND',
  'EMBEDDED_OVERLAY',
]);

/** True for a quarantine code an operator's review of the pixels can release. */
export function isReviewablePixelCode(code: string): code is QuarantineCode {
  return REVIEWABLE_PIXEL_CODES.has(code as QuarantineCode);
}

/** True when an earlier Lattice stage recorded an operator's review in the dataset's provenance. */
export function operatorReviewRecorded(dataset: DicomDataset): boolean {
  return dataset.getStrings(Tags.DeidentificationMethod).includes(OPERATOR_REVIEW_METHOD);
}

/** Appends the review to De-identification Method unless it is there already. */
export function recordOperatorReview(dataset: DicomDataset): void {
  const methods = dataset.getStrings(Tags.DeidentificationMethod).filter((value) => value !== '');
  if (methods.includes(OPERATOR_REVIEW_METHOD)) return;
  dataset.setStrings(Tags.DeidentificationMethod, 'LO', [...methods, OPERATOR_REVIEW_METHOD]);
}

/** The pixel step's result, and the pixel quarantine an operator's review settled (null when none). */
export interface ReviewedPixelStep {
  readonly result: PixelStepResult;
  readonly reviewed: QuarantineCode | null;
}

/**
 * The burned-in pixel policy with the operator's attestation applied: when the policy would hold the
 * file for a reviewable pixel reason and an operator has looked at it (`operatorReviewed`), or an
 * earlier stage recorded such a review and the caller trusts it (`acceptRecordedReview`), the pixels
 * pass as they were received. Any other outcome is the policy's own.
 */
export async function applyReviewedPixelPolicy(
  file: DicomFile,
  options: PixelPolicyOptions,
): Promise<ReviewedPixelStep> {
  const attested =
    options.operatorReviewed === true ||
    (options.acceptRecordedReview === true && operatorReviewRecorded(file.dataset));
  const result = await applyPixelPolicy(file, options);
  if (!attested || result.action !== 'quarantine' || !REVIEWABLE_PIXEL_CODES.has(result.code)) {
    return { result, reviewed: null };
  }
  return {
    result: { action: 'unchanged', reason: `released after an operator's review (${result.code})` },
    reviewed: result.code,
  };
}
