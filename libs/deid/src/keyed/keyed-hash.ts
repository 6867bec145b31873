import { createHmac, createSecretKey, type KeyObject } from 'node:crypto';
import type { SecretKey } from '@lattice/keys';
import { DeidError } from '../deid-error';

/** The de-identification stage: 1 at the hospital node, 2 at the national center. */
export type DeidStage = 1 | 2;

/** Shortest key accepted: 256 bits, the HMAC-SHA256 block security level. */
export const MIN_KEY_BYTES = 32;

/** Throws DeidError MISSING_KEY or WEAK_KEY unless the key can protect pseudonyms. */
export function assertUsableKey(key: SecretKey | null | undefined): asserts key is SecretKey {
  if (!key || !key.bytes || typeof key.kid !== 'string' || key.kid === '') {
    throw new DeidError('MISSING_KEY', 'a secret key with a key id is required for keyed transforms');
  }
  if (key.bytes.length < MIN_KEY_BYTES) {
    throw new DeidError(
      'WEAK_KEY',
      `the secret key has ${key.bytes.length} bytes; at least ${MIN_KEY_BYTES} are required`,
    );
  }
  const first = key.bytes[0];
  if (key.bytes.every((byte) => byte === first)) {
    throw new DeidError('WEAK_KEY', 'the secret key is weak (every byte has the same value)');
  }
}

const SEPARATOR = Buffer.from([0]);
/** Bounds the memory of remembered digests (about 2 MB). */
const MEMO_ENTRIES = 16_384;

/**
 * HMAC-SHA256 under one key with domain separation: every derivation hashes
 * `label || 0x00 || UTF-8(value)`, so a value hashed for one purpose never equals another purpose's hash.
 */
export class KeyedHash {
  private readonly keyObject: KeyObject;
  private readonly memo = new Map<string, Buffer>();
  readonly kid: string;

  constructor(key: SecretKey) {
    assertUsableKey(key);
    this.keyObject = createSecretKey(key.bytes);
    this.kid = key.kid;
  }

  /**
   * The 32-byte HMAC of a value under a domain label (do not modify the returned bytes). Results are
   * remembered for the life of this object, up to MEMO_ENTRIES, because the same study, series and
   * frame-of-reference UIDs and the same patient come back in every file of a series.
   */
  digest(label: string, value: string): Buffer {
    const memoKey = `${label}\u0000${value}`;
    let digest = this.memo.get(memoKey);
    if (digest === undefined) {
      digest = createHmac('sha256', this.keyObject)
        .update(label)
        .update(SEPARATOR)
        .update(value, 'utf8')
        .digest();
      if (this.memo.size >= MEMO_ENTRIES) this.memo.clear();
      this.memo.set(memoKey, digest);
    }
    return digest;
  }
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** Crockford base32 (no I, L, O, U: unambiguous when read aloud or retyped) of the given bytes. */
export function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += CROCKFORD[(buffer >>> bits) & 31];
    }
  }
  if (bits > 0) out += CROCKFORD[(buffer << (5 - bits)) & 31];
  return out;
}
