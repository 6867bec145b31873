import { createHash, createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The issuer's RS256 signing key as a private JWK. */
export interface SigningJwk {
  kty: 'RSA';
  kid: string;
  alg: 'RS256';
  use: 'sig';
  n: string;
  e: string;
  d: string;
  p: string;
  q: string;
  dp: string;
  dq: string;
  qi: string;
}

export type SigningKeyErrorCode = 'KEY_FILE_UNREADABLE' | 'KEY_FILE_MALFORMED';

/** The key file exists but cannot be used; the message names the file, never key material. */
export class SigningKeyError extends Error {
  constructor(
    readonly code: SigningKeyErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'SigningKeyError';
  }
}

/** What loading found: the key, whether it was just created, and whether others can read the file. */
export interface LoadedSigningKey {
  jwk: SigningJwk;
  created: boolean;
  readableByOthers: boolean;
}

const privateMembers = ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] as const;
const minimumModulusBits = 2048;

/**
 * Reads the signing key from `file`, or creates a new 2048-bit RSA key there (mode 0600) when
 * the file does not exist, so tokens stay valid across restarts. A broken file is an error,
 * never silently replaced.
 */
export function loadOrCreateSigningKey(file: string): LoadedSigningKey {
  const existing = readKeyFile(file);
  if (existing !== undefined) {
    return {
      jwk: parseSigningKey(existing, file),
      created: false,
      readableByOthers: isReadableByOthers(file),
    };
  }
  const jwk = generateSigningKey();
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  try {
    // 'wx' fails when another process created the file first; its key then wins.
    writeFileSync(file, `${JSON.stringify(jwk, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  } catch (error) {
    if (isErrnoException(error) && error.code === 'EEXIST') return loadOrCreateSigningKey(file);
    throw new SigningKeyError(
      'KEY_FILE_UNREADABLE',
      `cannot write the signing key file ${file}: ${describeErrno(error)}`,
    );
  }
  return { jwk, created: true, readableByOthers: false };
}

/** A fresh RS256 key with its RFC 7638 thumbprint as key id. */
export function generateSigningKey(): SigningJwk {
  // Generated as DER and re-imported: on Node 20, exporting a generateKeyPairSync key object as JWK can
  // deadlock when garbage collection meets the finished generation job; a re-imported key has no job.
  const { privateKey } = generateKeyPairSync('rsa', {
    modulusLength: minimumModulusBits,
    publicKeyEncoding: { type: 'spki', format: 'der' },
    privateKeyEncoding: { type: 'pkcs8', format: 'der' },
  });
  const exported = createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8' }).export({
    format: 'jwk',
  });
  return completeJwk(exported as Record<string, unknown>, 'generated key');
}

/** Validates a key file's JSON text and returns the key. */
export function parseSigningKey(text: string, file: string): SigningJwk {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new SigningKeyError('KEY_FILE_MALFORMED', `the signing key file ${file} is not JSON`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new SigningKeyError(
      'KEY_FILE_MALFORMED',
      `the signing key file ${file} does not hold a JWK object`,
    );
  }
  return completeJwk(parsed as Record<string, unknown>, `the signing key file ${file}`);
}

/** RFC 7638 thumbprint of an RSA key: SHA-256 over its required public members, base64url. */
export function rsaThumbprint(jwk: { e: string; n: string }): string {
  const canonical = JSON.stringify({ e: jwk.e, kty: 'RSA', n: jwk.n });
  return createHash('sha256').update(canonical).digest('base64url');
}

function completeJwk(source: Record<string, unknown>, origin: string): SigningJwk {
  if (source['kty'] !== 'RSA') throw new SigningKeyError('KEY_FILE_MALFORMED', `${origin} is not an RSA key`);
  if (source['alg'] !== undefined && source['alg'] !== 'RS256') {
    throw new SigningKeyError('KEY_FILE_MALFORMED', `${origin} is not an RS256 key`);
  }
  const members: Record<string, string> = {};
  for (const member of privateMembers) {
    const value = source[member];
    if (typeof value !== 'string' || value.length === 0) {
      throw new SigningKeyError('KEY_FILE_MALFORMED', `${origin} lacks the private RSA member "${member}"`);
    }
    members[member] = value;
  }
  const jwk: SigningJwk = {
    kty: 'RSA',
    kid: typeof source['kid'] === 'string' && source['kid'].length > 0 ? source['kid'] : '',
    alg: 'RS256',
    use: 'sig',
    n: members['n'] as string,
    e: members['e'] as string,
    d: members['d'] as string,
    p: members['p'] as string,
    q: members['q'] as string,
    dp: members['dp'] as string,
    dq: members['dq'] as string,
    qi: members['qi'] as string,
  };
  if (!jwk.kid) jwk.kid = rsaThumbprint(jwk);
  let modulusBits: number | undefined;
  try {
    modulusBits = createPrivateKey({ key: { ...jwk }, format: 'jwk' }).asymmetricKeyDetails?.modulusLength;
  } catch {
    throw new SigningKeyError('KEY_FILE_MALFORMED', `${origin} is not a valid RSA private key`);
  }
  if (modulusBits === undefined || modulusBits < minimumModulusBits) {
    throw new SigningKeyError('KEY_FILE_MALFORMED', `${origin} is shorter than ${minimumModulusBits} bits`);
  }
  return jwk;
}

function readKeyFile(file: string): string | undefined {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if (isErrnoException(error) && error.code === 'ENOENT') return undefined;
    throw new SigningKeyError(
      'KEY_FILE_UNREADABLE',
      `cannot read the signing key file ${file}: ${describeErrno(error)}`,
    );
  }
}

function isReadableByOthers(file: string): boolean {
  return (statSync(file).mode & 0o077) !== 0;
}

// Duck-typed: errors from Node's fs are not always instances of this realm's Error (Jest sandboxes).
function isErrnoException(error: unknown): error is NodeJS.ErrnoException {
  return typeof error === 'object' && error !== null && 'code' in error;
}

function describeErrno(error: unknown): string {
  return isErrnoException(error) && error.code ? error.code : 'unknown error';
}
