/** Why the vault could not do what was asked. */
export type VaultErrorCode =
  /** The record's authentication tag does not match: it was damaged or altered. */
  | 'CORRUPT_RECORD'
  /** The record was sealed with another key than the vault's current one. */
  | 'UNKNOWN_KEY'
  /** No record of that name. */
  | 'NOT_FOUND'
  /** The vault folder cannot be read or written. */
  | 'UNAVAILABLE';

/** A vault failure. The message names the record kind and the problem, never a value or a file's content. */
export class VaultError extends Error {
  constructor(
    readonly code: VaultErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'VaultError';
  }
}
