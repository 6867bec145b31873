import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { VaultError } from './vault-error';
import type { VaultKeys } from './vault-keys';

/** What a record holds: a patient link or a quarantined original. Part of the authenticated data. */
export type VaultRecordKind = 'link' | 'original';

const MAGIC = Buffer.from('LVR1', 'ascii');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const MAX_KID_BYTES = 255;

/**
 * Seals one record: `LVR1 ‖ kid length (1 byte) ‖ kid ‖ nonce (12) ‖ ciphertext ‖ tag (16)`, AES-256-GCM
 * with a random nonce. The header, the record kind and its name are authenticated, so a record moved
 * under another name or kind fails to open.
 */
export function sealVaultRecord(
  keys: VaultKeys,
  kind: VaultRecordKind,
  name: string,
  plaintext: Uint8Array,
): Buffer {
  const kid = Buffer.from(keys.kid, 'ascii');
  if (kid.length > MAX_KID_BYTES) throw new VaultError('UNKNOWN_KEY', 'the vault key id is too long');
  const header = Buffer.concat([MAGIC, Buffer.of(kid.length), kid]);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', keys.encryptionKey, nonce);
  cipher.setAAD(associatedData(header, kind, name));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return Buffer.concat([header, nonce, body, cipher.getAuthTag()]);
}

/** Opens a sealed record; throws VaultError CORRUPT_RECORD (damaged, altered, moved) or UNKNOWN_KEY. */
export function openVaultRecord(
  keys: VaultKeys,
  kind: VaultRecordKind,
  name: string,
  sealed: Uint8Array,
): Buffer {
  const bytes = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  if (bytes.length < MAGIC.length + 1 || !bytes.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new VaultError('CORRUPT_RECORD', `the ${kind} record is not a vault record`);
  }
  const kidLength = bytes[MAGIC.length] ?? 0;
  const headerLength = MAGIC.length + 1 + kidLength;
  if (bytes.length < headerLength + NONCE_BYTES + TAG_BYTES) {
    throw new VaultError('CORRUPT_RECORD', `the ${kind} record is truncated`);
  }
  const kid = bytes.subarray(MAGIC.length + 1, headerLength).toString('ascii');
  if (kid !== keys.kid) {
    throw new VaultError(
      'UNKNOWN_KEY',
      `the ${kind} record was sealed with another vault key (${safeKid(kid)})`,
    );
  }
  const header = bytes.subarray(0, headerLength);
  const nonce = bytes.subarray(headerLength, headerLength + NONCE_BYTES);
  const tag = bytes.subarray(bytes.length - TAG_BYTES);
  const decipher = createDecipheriv('aes-256-gcm', keys.encryptionKey, nonce);
  decipher.setAAD(associatedData(header, kind, name));
  decipher.setAuthTag(tag);
  try {
    return Buffer.concat([
      decipher.update(bytes.subarray(headerLength + NONCE_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
  } catch {
    throw new VaultError('CORRUPT_RECORD', `the ${kind} record failed its integrity check`);
  }
}

function associatedData(header: Buffer, kind: VaultRecordKind, name: string): Buffer {
  return Buffer.concat([header, Buffer.from(`${kind}\u0000${name}`, 'utf8')]);
}

function safeKid(kid: string): string {
  return /^[0-9a-f]{1,64}$/.test(kid) ? kid : 'unreadable key id';
}
