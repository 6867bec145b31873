import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { decodeBase64 } from './base64';
import { KeyFileError } from './key-file-error';

/** An Ed25519 key pair that signs a node's requests and results. */
export interface SigningKey {
  /** Key id: derived from the public key. */
  readonly kid: string;
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The raw 32-byte public key in base64: what a center admin enrolls. */
  readonly publicKeyBase64: string;
}

const ED25519_PUBLIC_KEY_BYTES = 32;

/** Creates a new Ed25519 signing key. */
export function generateSigningKey(): SigningKey {
  // Generated as DER and re-imported, so the key object outlives no generation job (on Node 20 a
  // generateKeyPairSync key object can deadlock a later export when garbage collection runs).
  const { privateKey } = generateKeyPairSync('ed25519', {
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  return signingKeyFromPrivateKey(createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8' }));
}

/** Builds a SigningKey from an Ed25519 private key, deriving its public key and key id. */
export function signingKeyFromPrivateKey(privateKey: KeyObject): SigningKey {
  if (privateKey.type !== 'private' || privateKey.asymmetricKeyType !== 'ed25519') {
    throw new KeyFileError('WRONG_TYPE', 'not an Ed25519 private key');
  }
  const publicKey = createPublicKey(privateKey);
  const raw = rawPublicKey(publicKey);
  return { kid: publicKeyId(raw), privateKey, publicKey, publicKeyBase64: raw.toString('base64') };
}

/** Reads an Ed25519 private key in PKCS#8 PEM; throws KeyFileError MALFORMED or WRONG_TYPE. */
export function signingKeyFromPem(pem: string, path?: string): SigningKey {
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({ key: pem, format: 'pem' });
  } catch (error) {
    throw new KeyFileError(
      'MALFORMED',
      describe(path, 'private key is not a readable PKCS#8 PEM key'),
      path,
      {
        cause: error,
      },
    );
  }
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new KeyFileError('WRONG_TYPE', describe(path, 'private key is not an Ed25519 key'), path);
  }
  return signingKeyFromPrivateKey(privateKey);
}

/** Parses an enrolled Ed25519 public key (base64 of the raw 32 bytes); throws KeyFileError MALFORMED. */
export function parsePublicKey(base64: string): KeyObject {
  const raw = decodeBase64(base64);
  if (!raw || raw.length !== ED25519_PUBLIC_KEY_BYTES) {
    throw new KeyFileError('MALFORMED', 'public key must be the base64 of 32 raw Ed25519 bytes');
  }
  try {
    return createPublicKey({
      key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') },
      format: 'jwk',
    });
  } catch (error) {
    throw new KeyFileError('MALFORMED', 'public key is not a valid Ed25519 key', undefined, { cause: error });
  }
}

/** The key id of an Ed25519 public key (raw bytes or base64): 16 hex characters of its SHA-256. */
export function publicKeyId(publicKey: Uint8Array | string): string {
  const raw = typeof publicKey === 'string' ? decodeBase64(publicKey) : publicKey;
  if (!raw || raw.length !== ED25519_PUBLIC_KEY_BYTES) {
    throw new KeyFileError('MALFORMED', 'public key must be the base64 of 32 raw Ed25519 bytes');
  }
  return createHash('sha256').update(raw).digest('hex').slice(0, 16);
}

function rawPublicKey(publicKey: KeyObject): Buffer {
  const jwk = publicKey.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new KeyFileError('WRONG_TYPE', 'not an Ed25519 public key');
  return Buffer.from(jwk.x, 'base64url');
}

function describe(path: string | undefined, problem: string): string {
  return path ? `${path}: ${problem}` : problem;
}
