import type { PixelRuleSet } from './pixel-rules';
import type { PixelOcrOptions } from './residual-text';

/** How the burned-in pixel policy runs for a pipeline. */
export interface PixelPolicyOptions {
  /** Redaction rules in match order: usually a site's rules file followed by DEFAULT_PIXEL_RULES. */
  readonly rules: PixelRuleSet;
  /** The OCR pass over redacted frames; off when absent. */
  readonly ocr?: PixelOcrOptions;
  /** Refuse to decode images larger than this many bytes once decoded (default 1 GiB). */
  readonly maxDecodedBytes?: number;
  /** Give up on a compressed frame whose decoding takes longer than this (default 20 000 ms). */
  readonly codecTimeoutMs?: number;
  /**
   * Also look for overlay data in the unused high bits of native images that carry no other risk
   * (default true; a read of the pixel data, about 0.1 ms per 512x512 slice).
   */
  readonly scanUnusedBits?: boolean;
  /**
   * The node operator has looked at this file's pixels and attests they carry no identifying text:
   * a reviewable pixel quarantine (see REVIEWABLE_PIXEL_CODES) is released and recorded in the
   * provenance. Set only for one reviewed file, never for a whole pipeline.
   */
  readonly operatorReviewed?: boolean;
  /** Trust a review an earlier Lattice stage recorded in the file (stage 2 at the center). */
  readonly acceptRecordedReview?: boolean;
}
