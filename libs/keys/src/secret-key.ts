import { createHmac, randomBytes } from 'node:crypto';
import { KeyFileError } from './key-file-error';

/** A symmetric key for keyed transforms (HMAC-SHA256 pseudonyms, UID remapping, date shifts). */
export interface SecretKey {
  /** Key id: derived from an HMAC under the key, so it names the key without revealing it. */
  readonly kid: string;
  readonly bytes: Buffer;
}

/** Length of a generated secret key, and the least a key file may hold. */
export const SECRET_KEY_BYTES = 32;

// Fixed label for the key id HMAC: the kid is a MAC of a public constant, which reveals nothing of the key.
const KID_LABEL = 'lattice-kid/1';

/** Creates a new random 32-byte secret key. */
export function generateSecretKey(): SecretKey {
  return secretKeyFromBytes(randomBytes(SECRET_KEY_BYTES));
}

/** Wraps existing key bytes with their key id; throws KeyFileError WEAK for short or constant keys. */
export function secretKeyFromBytes(bytes: Uint8Array, path?: string): SecretKey {
  const weakness = secretKeyWeakness(bytes);
  if (weakness) {
    throw new KeyFileError('WEAK', path ? `${path}: ${weakness}` : weakness, path);
  }
  const copy = Buffer.from(bytes);
  return { kid: secretKeyId(copy), bytes: copy };
}

/** The key id of secret key bytes: 16 hex characters of HMAC-SHA256(key, label). */
export function secretKeyId(bytes: Uint8Array): string {
  return createHmac('sha256', bytes).update(KID_LABEL).digest('hex').slice(0, 16);
}

function secretKeyWeakness(bytes: Uint8Array): string | null {
  if (bytes.length < SECRET_KEY_BYTES) {
    return `secret key is too short (${bytes.length} bytes, at least ${SECRET_KEY_BYTES} required)`;
  }
  if (bytes.every((byte) => byte === bytes[0])) {
    return 'secret key is weak (every byte has the same value)';
  }
  return null;
}
