/** Why a key file or key could not be used. */
export type KeyFileErrorCode =
  'MISSING' | 'UNREADABLE' | 'MALFORMED' | 'WRONG_TYPE' | 'WEAK' | 'TOO_OPEN' | 'EXISTS' | 'UNWRITABLE';

/** A key file problem. The message names the file, never any key material. */
export class KeyFileError extends Error {
  constructor(
    readonly code: KeyFileErrorCode,
    message: string,
    /** The key file concerned, when the key came from a file. */
    readonly path?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KeyFileError';
  }
}
