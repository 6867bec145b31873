import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { writeFileSync } from 'node:fs';

let cachedJwk: string | null = null;

/**
 * Writes an RS256 signing key (a private JWK, mode 0600) for a dev-idp to load instead of generating one.
 * Node 20 can deadlock when a key made by generateKeyPairSync is exported as JWK and garbage collection
 * runs during the export (the finished key-generation job's destructor waits on the key's lock), which
 * left a test's dev-idp hanging before its first log line. Here the key is generated as DER bytes and
 * re-imported, so the exported key belongs to no generation job. One key serves every stack of a run.
 */
export function writeSigningKeyFile(file: string): void {
  if (cachedJwk === null) {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      publicKeyEncoding: { type: 'spki', format: 'der' },
      privateKeyEncoding: { type: 'pkcs8', format: 'der' },
    });
    const jwk = createPrivateKey({ key: privateKey, format: 'der', type: 'pkcs8' }).export({ format: 'jwk' });
    cachedJwk = `${JSON.stringify({ ...jwk, alg: 'RS256', use: 'sig' }, null, 2)}\n`;
  }
  writeFileSync(file, cachedJwk, { mode: 0o600, flag: 'wx' });
}
