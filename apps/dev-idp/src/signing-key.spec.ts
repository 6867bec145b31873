import { createPublicKey, createSign, createVerify } from 'node:crypto';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadOrCreateSigningKey, rsaThumbprint, SigningKeyError } from './signing-key';

describe('loadOrCreateSigningKey', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dev-idp-key-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a private RS256 JWK readable only by its owner, and returns the same key later', () => {
    const file = join(dir, 'nested', 'signing-key.json');
    const first = loadOrCreateSigningKey(file);
    expect(first.created).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(first.jwk).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(first.jwk.kid).toBe(rsaThumbprint(first.jwk));

    const second = loadOrCreateSigningKey(file);
    expect(second.created).toBe(false);
    expect(second.readableByOthers).toBe(false);
    expect(second.jwk).toEqual(first.jwk);

    // The stored key signs what its public half verifies.
    const signature = createSign('RSA-SHA256')
      .update('payload')
      .sign({ key: { ...second.jwk }, format: 'jwk' });
    const publicKey = createPublicKey({ key: { kty: 'RSA', n: first.jwk.n, e: first.jwk.e }, format: 'jwk' });
    expect(createVerify('RSA-SHA256').update('payload').verify(publicKey, signature)).toBe(true);
  });

  it('reports a key file that others can read', () => {
    const file = join(dir, 'key.json');
    loadOrCreateSigningKey(file);
    chmodSync(file, 0o644);
    expect(loadOrCreateSigningKey(file).readableByOthers).toBe(true);
  });

  it('refuses a broken file instead of replacing it, without printing its contents', () => {
    const file = join(dir, 'key.json');
    writeFileSync(file, 'secret-looking-garbage');
    expect(() => loadOrCreateSigningKey(file)).toThrow(SigningKeyError);
    expect(() => loadOrCreateSigningKey(file)).toThrow(/is not JSON$/);
    try {
      loadOrCreateSigningKey(file);
    } catch (error) {
      expect((error as SigningKeyError).code).toBe('KEY_FILE_MALFORMED');
      expect((error as Error).message).not.toContain('secret-looking-garbage');
    }
    expect(readFileSync(file, 'utf8')).toBe('secret-looking-garbage');

    const key = loadOrCreateSigningKey(join(dir, 'good.json')).jwk;
    writeFileSync(file, JSON.stringify({ ...key, d: undefined }));
    expect(() => loadOrCreateSigningKey(file)).toThrow('lacks the private RSA member "d"');
    writeFileSync(file, JSON.stringify({ ...key, kty: 'EC' }));
    expect(() => loadOrCreateSigningKey(file)).toThrow('is not an RSA key');
  });
});
