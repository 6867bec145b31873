import { secretKeyFromBytes } from '@lattice/keys';
import { VaultError } from './vault-error';
import { VaultKeys } from './vault-keys';
import { openVaultRecord, sealVaultRecord } from './vault-record';

const keyOf = (seed: number) =>
  new VaultKeys(
    secretKeyFromBytes(Buffer.from(Array.from({ length: 32 }, (_, i) => (seed * 31 + i * 7) & 0xff))),
  );
const keys = keyOf(1);
const NAME = 'a'.repeat(64);
const secret = Buffer.from('{"patientId":"MRN-0042","pseudonym":"P1ABC"}', 'utf8');

describe('vault records', () => {
  it('open what they sealed, and carry the key id in the clear', () => {
    const sealed = sealVaultRecord(keys, 'link', NAME, secret);
    expect(openVaultRecord(keys, 'link', NAME, sealed).equals(secret)).toBe(true);
    expect(sealed.subarray(0, 4).toString('ascii')).toBe('LVR1');
    expect(sealed.includes(Buffer.from(keys.kid, 'ascii'))).toBe(true);
    expect(sealed.includes(Buffer.from('MRN-0042'))).toBe(false);
  });

  it('use a fresh nonce for every record', () => {
    const first = sealVaultRecord(keys, 'link', NAME, secret);
    const second = sealVaultRecord(keys, 'link', NAME, secret);
    expect(first.equals(second)).toBe(false);
  });

  it.each([
    [
      'a flipped ciphertext bit',
      (sealed: Buffer) => (sealed[sealed.length - 30] = (sealed[sealed.length - 30] ?? 0) ^ 1),
    ],
    [
      'a flipped tag bit',
      (sealed: Buffer) => (sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1),
    ],
    ['a flipped nonce bit', (sealed: Buffer) => (sealed[30] = (sealed[30] ?? 0) ^ 1)],
  ])('detect %s', (_what, damage) => {
    const sealed = sealVaultRecord(keys, 'original', NAME, secret);
    damage(sealed);
    expect(() => openVaultRecord(keys, 'original', NAME, sealed)).toThrow(
      expect.objectContaining({ code: 'CORRUPT_RECORD' }),
    );
  });

  it('refuse a record moved under another name or kind', () => {
    const sealed = sealVaultRecord(keys, 'original', NAME, secret);
    expect(() => openVaultRecord(keys, 'original', 'b'.repeat(64), sealed)).toThrow(VaultError);
    expect(() => openVaultRecord(keys, 'link', NAME, sealed)).toThrow(
      expect.objectContaining({ code: 'CORRUPT_RECORD' }),
    );
  });

  it('name the key when another vault key sealed the record, and refuse truncated input', () => {
    const sealed = sealVaultRecord(keyOf(2), 'link', NAME, secret);
    expect(() => openVaultRecord(keys, 'link', NAME, sealed)).toThrow(
      expect.objectContaining({ code: 'UNKNOWN_KEY' }),
    );
    expect(() => openVaultRecord(keys, 'link', NAME, sealed.subarray(0, 20))).toThrow(
      expect.objectContaining({ code: 'CORRUPT_RECORD' }),
    );
    expect(() => openVaultRecord(keys, 'link', NAME, Buffer.from('plain text'))).toThrow(
      expect.objectContaining({ code: 'CORRUPT_RECORD' }),
    );
  });
});

describe('vault key derivations', () => {
  it('give a stable consent digest per patient and key, trimmed, never the id itself', () => {
    expect(keys.patientDigest('MRN-0042')).toBe(keys.patientDigest('  MRN-0042 '));
    expect(keys.patientDigest('MRN-0042')).toMatch(/^[0-9a-f]{64}$/);
    expect(keys.patientDigest('MRN-0042')).not.toBe(keys.patientDigest('MRN-0043'));
    expect(keys.patientDigest('MRN-0042')).not.toBe(keyOf(2).patientDigest('MRN-0042'));
    expect(keys.linkName('P1ABC')).not.toBe(keys.patientDigest('P1ABC'));
  });
});
