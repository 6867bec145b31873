/** Why an object store operation failed. */
export type ObjectStoreErrorCode = 'NOT_FOUND' | 'INTEGRITY' | 'INVALID_KEY' | 'UNAVAILABLE';

/** An object store failure with a code and a message safe to show and log. */
export class ObjectStoreError extends Error {
  constructor(
    readonly code: ObjectStoreErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ObjectStoreError';
  }
}

/** No object is stored under the key. */
export class ObjectNotFoundError extends ObjectStoreError {
  constructor(readonly key: string) {
    super('NOT_FOUND', `object ${key} not found`);
    this.name = 'ObjectNotFoundError';
  }
}

/** The stored bytes no longer hash to the object's key: the object was damaged or altered. */
export class ObjectIntegrityError extends ObjectStoreError {
  constructor(
    readonly key: string,
    /** SHA-256 of the bytes actually read. */
    readonly actualSha256: string,
  ) {
    super('INTEGRITY', `object ${key} failed its integrity check: its bytes no longer match its SHA-256`);
    this.name = 'ObjectIntegrityError';
  }
}
