import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { KeyFileError } from './key-file-error';
import { generateSigningKey, parsePublicKey, publicKeyId, signingKeyFromPem } from './signing-key';

describe('Ed25519 signing keys', () => {
  it('signs with the private key and verifies with the enrolled base64 public key', () => {
    const key = generateSigningKey();
    const message = Buffer.from('validation result for task 42');
    const signature = sign(null, message, key.privateKey);

    const enrolled = parsePublicKey(key.publicKeyBase64);
    expect(verify(null, message, enrolled, signature)).toBe(true);
    expect(verify(null, Buffer.from('tampered'), enrolled, signature)).toBe(false);
    expect(verify(null, message, parsePublicKey(generateSigningKey().publicKeyBase64), signature)).toBe(
      false,
    );
  });

  it('publishes the raw 32-byte public key and derives the key id from it', () => {
    const key = generateSigningKey();
    expect(Buffer.from(key.publicKeyBase64, 'base64')).toHaveLength(32);
    expect(key.kid).toMatch(/^[0-9a-f]{16}$/);
    expect(publicKeyId(key.publicKeyBase64)).toBe(key.kid);
    expect(publicKeyId(Buffer.from(key.publicKeyBase64, 'base64'))).toBe(key.kid);
    expect(generateSigningKey().kid).not.toBe(key.kid);
  });

  it('reads back the same key from its PKCS#8 PEM', () => {
    const key = generateSigningKey();
    const pem = key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const again = signingKeyFromPem(pem);
    expect(again.kid).toBe(key.kid);
    expect(again.publicKeyBase64).toBe(key.publicKeyBase64);
  });

  it.each([
    ['not base64', 'not base64!'],
    ['too short', Buffer.alloc(31, 1).toString('base64')],
    ['too long', Buffer.alloc(33, 1).toString('base64')],
    ['unpadded', Buffer.alloc(32, 1).toString('base64').replace(/=+$/, '')],
    ['empty', ''],
  ])('refuses a public key that is %s as MALFORMED', (_label, text) => {
    expect(() => parsePublicKey(text)).toThrow(expect.objectContaining({ code: 'MALFORMED' }));
    expect(() => publicKeyId(text)).toThrow(KeyFileError);
  });

  it('refuses a PEM that is not an Ed25519 private key', () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const rsaPem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => signingKeyFromPem(rsaPem)).toThrow(expect.objectContaining({ code: 'WRONG_TYPE' }));
    expect(() => signingKeyFromPem('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n')).toThrow(
      expect.objectContaining({ code: 'MALFORMED' }),
    );
  });
});
