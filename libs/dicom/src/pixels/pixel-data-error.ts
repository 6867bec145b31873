export type PixelDataErrorCode =
  /** A required image attribute (Rows, Bits Allocated, ...) is absent. */
  | 'MISSING_ATTRIBUTE'
  /** An image attribute has a value the standard does not allow or this code does not handle. */
  | 'INVALID_ATTRIBUTE'
  /** The declared image is larger than the configured bound. */
  | 'TOO_LARGE'
  /** The pixel data holds fewer bytes than the attributes declare. */
  | 'TRUNCATED'
  /** Fragments cannot be assigned to frames. */
  | 'BAD_FRAME_LAYOUT'
  /** No decoder exists here for the transfer syntax. */
  | 'UNSUPPORTED_TRANSFER_SYNTAX'
  /** A codestream is damaged or disagrees with the image attributes. */
  | 'CODEC_FAILED';

/** Pixel data that cannot be read or decoded. The message names attributes and sizes, never values of patients. */
export class PixelDataError extends Error {
  constructor(
    readonly code: PixelDataErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PixelDataError';
  }
}
