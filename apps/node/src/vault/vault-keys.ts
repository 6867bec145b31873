import { createHmac } from 'node:crypto';
import type { SecretKey } from '@lattice/keys';

// Each use of the vault key is an HMAC under its own label, so no derived value can stand in for another.
const ENCRYPTION_LABEL = 'lattice/v1/vault/aes-256-gcm';
const LINK_NAME_LABEL = 'lattice/v1/vault/link-name';
const PATIENT_DIGEST_LABEL = 'lattice/v1/consent/patient-digest';

/** HMAC-SHA256(key, label ‖ 0x00 ‖ UTF-8(value)). */
function keyed(key: Uint8Array, label: string, value: string): Buffer {
  return createHmac('sha256', key).update(label).update(Buffer.of(0)).update(value, 'utf8').digest();
}

/** Everything derived from VAULT_KEY_FILE: the record cipher key, record names, consent digests. */
export class VaultKeys {
  /** AES-256-GCM key of every record. */
  readonly encryptionKey: Buffer;
  /** Id of the vault key, stored with each record. */
  readonly kid: string;

  constructor(private readonly key: SecretKey) {
    this.kid = key.kid;
    this.encryptionKey = createHmac('sha256', key.bytes).update(ENCRYPTION_LABEL).digest();
  }

  /** File name of a pseudonym's link record: the pseudonym itself never names a file. */
  linkName(pseudonym: string): string {
    return keyed(this.key.bytes, LINK_NAME_LABEL, pseudonym).toString('hex');
  }

  /**
   * The keyed digest a consent decision is looked up by: lower-case hex of
   * HMAC-SHA256(K_vault, "lattice/v1/consent/patient-digest" ‖ 0x00 ‖ UTF-8(trimmed Patient ID)).
   */
  patientDigest(patientId: string): string {
    return keyed(this.key.bytes, PATIENT_DIGEST_LABEL, patientId.trim()).toString('hex');
  }
}
