import { createHash } from 'node:crypto';
import { ObjectIntegrityError, ObjectStoreError } from './object-store-error';

/** Content type of objects stored without one. */
export const DEFAULT_CONTENT_TYPE = 'application/octet-stream';

const KEY_PATTERN = /^[0-9a-f]{64}$/;
const PREFIX_PATTERN = /^[0-9a-f]{0,64}$/;
// type/subtype with optional parameters, printable ASCII only: it is echoed as a response header.
const CONTENT_TYPE_PATTERN =
  /^[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+(?:\s*;[\x20-\x7e]*)?$/;
const MAX_CONTENT_TYPE_LENGTH = 255;

/** Lower-case hex SHA-256 of the bytes: an object's key. */
export function sha256Hex(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** True for a well-formed object key (64 lower-case hex characters). */
export function isObjectKey(key: unknown): key is string {
  return typeof key === 'string' && KEY_PATTERN.test(key);
}

/** Throws INVALID_KEY unless the key is 64 lower-case hex characters; the bad value is never echoed. */
export function assertObjectKey(key: unknown): asserts key is string {
  if (!isObjectKey(key)) {
    throw new ObjectStoreError(
      'INVALID_KEY',
      'object key must be 64 lower-case hexadecimal characters (a SHA-256)',
    );
  }
}

/** Validates a list prefix: up to 64 lower-case hex characters. */
export function assertKeyPrefix(prefix: unknown): asserts prefix is string {
  if (typeof prefix !== 'string' || !PREFIX_PATTERN.test(prefix)) {
    throw new ObjectStoreError(
      'INVALID_KEY',
      'list prefix must be at most 64 lower-case hexadecimal characters',
    );
  }
}

/** Returns the content type to store, or throws TypeError for one that cannot be a header value. */
export function normalizeContentType(contentType: string | undefined): string {
  if (contentType === undefined) return DEFAULT_CONTENT_TYPE;
  const trimmed = contentType.trim();
  if (
    trimmed.length === 0 ||
    trimmed.length > MAX_CONTENT_TYPE_LENGTH ||
    !CONTENT_TYPE_PATTERN.test(trimmed)
  ) {
    throw new TypeError(
      'content type must be a media type such as application/dicom (printable ASCII, at most 255 characters)',
    );
  }
  return trimmed;
}

/** Throws ObjectIntegrityError unless the bytes hash to the key. */
export function verifyIntegrity(key: string, data: Uint8Array): void {
  const actual = sha256Hex(data);
  if (actual !== key) throw new ObjectIntegrityError(key, actual);
}
