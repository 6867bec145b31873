import { randomBytes } from 'node:crypto';
import { KeyFileError } from './key-file-error';
import { generateSecretKey, secretKeyFromBytes, secretKeyId } from './secret-key';

describe('secret keys', () => {
  it('generates 32 random bytes with a 16-hex-character key id', () => {
    const first = generateSecretKey();
    const second = generateSecretKey();
    expect(first.bytes).toHaveLength(32);
    expect(first.kid).toMatch(/^[0-9a-f]{16}$/);
    expect(first.bytes.equals(second.bytes)).toBe(false);
    expect(first.kid).not.toBe(second.kid);
  });

  it('derives the same key id from the same bytes, without exposing them', () => {
    const key = generateSecretKey();
    expect(secretKeyFromBytes(key.bytes).kid).toBe(key.kid);
    expect(secretKeyId(key.bytes)).toBe(key.kid);
    expect(key.bytes.toString('hex')).not.toContain(key.kid);
    expect(key.bytes.toString('base64')).not.toContain(key.kid);
  });

  it('keeps its own copy of the bytes', () => {
    const bytes = randomBytes(32);
    const key = secretKeyFromBytes(bytes);
    const original = Buffer.from(bytes);
    bytes.fill(7);
    expect(key.bytes.equals(original)).toBe(true);
  });

  it.each([
    ['shorter than 32 bytes', randomBytes(31), 'too short (31 bytes'],
    ['empty', Buffer.alloc(0), 'too short (0 bytes'],
    ['all zero', Buffer.alloc(32), 'same value'],
    ['all one repeated byte', Buffer.alloc(48, 0xab), 'same value'],
  ])('refuses a key that is %s as WEAK', (_label, bytes, message) => {
    const error = catchError(() => secretKeyFromBytes(bytes));
    expect(error).toBeInstanceOf(KeyFileError);
    expect(error).toMatchObject({ code: 'WEAK' });
    expect((error as Error).message).toContain(message);
  });

  it('accepts longer keys', () => {
    expect(secretKeyFromBytes(randomBytes(64)).bytes).toHaveLength(64);
  });
});

function catchError(action: () => unknown): unknown {
  try {
    action();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}
