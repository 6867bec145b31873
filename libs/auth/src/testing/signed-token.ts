// Hand-made JWTs for tests that need tokens the issuer would never sign: expired, foreign
// issuer, another realm's key, a tampered signature.
import { createSign, generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** A private RSA JWK with its key id. */
export interface TestSigningKey {
  kid: string;
  jwk: JsonWebKey;
}

/** The dev issuer's own key, read from its key file. */
export function readIssuerKey(signingKeyFile: string): TestSigningKey {
  const jwk = JSON.parse(readFileSync(signingKeyFile, 'utf8')) as JsonWebKey & { kid: string };
  return { kid: jwk.kid, jwk };
}

/** A fresh key no issuer knows. */
export function foreignKey(kid = 'foreign-key'): TestSigningKey {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, jwk: privateKey.export({ format: 'jwk' }) };
}

/** Signs claims as an RS256 JWT. */
export function signJwt(claims: Record<string, unknown>, key: TestSigningKey): string {
  const header = Buffer.from(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: key.kid })).toString(
    'base64url',
  );
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = createSign('RSA-SHA256')
    .update(`${header}.${payload}`)
    .sign({ key: key.jwk, format: 'jwk' });
  return `${header}.${payload}.${signature.toString('base64url')}`;
}

/** The claims of a JWT, unverified. */
export function decodeClaims(token: string): Record<string, unknown> {
  const payload = token.split('.')[1] ?? '';
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
}

/** The same token with different claims and the original signature. */
export function withClaims(token: string, changes: Record<string, unknown>): string {
  const [header, , signature] = token.split('.');
  const payload = Buffer.from(JSON.stringify({ ...decodeClaims(token), ...changes })).toString('base64url');
  return `${header}.${payload}.${signature}`;
}
