import type { QuarantineCode } from '../outcome';

/** A rectangle of pixels to blank, in image coordinates (top-left origin, inclusive-exclusive). */
export interface PixelRegion {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The outcome of the burned-in pixel policy for one file. */
export type PixelStepResult =
  /** No burned-in risk: pixel data passes through byte for byte. */
  | { readonly action: 'unchanged'; readonly reason: string }
  /**
   * Regions were blanked: the file's pixel data, transfer syntax and Burned In Annotation were
   * updated in place on the DicomFile that was passed in.
   */
  | { readonly action: 'redacted'; readonly ruleId: string; readonly regions: readonly PixelRegion[] }
  /** A person must look at it first. */
  | { readonly action: 'quarantine'; readonly code: QuarantineCode; readonly reason: string };
