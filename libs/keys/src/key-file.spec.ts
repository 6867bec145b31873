import { randomBytes, sign, verify } from 'node:crypto';
import fs, {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KeyFileError, type KeyFileErrorCode } from './key-file-error';
import { readSecretKeyFile, readSigningKeyFile, writeKeyFile } from './key-file';
import { generateSecretKey, secretKeyId } from './secret-key';
import { generateSigningKey } from './signing-key';

let folder: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'lattice-keys-'));
});

afterEach(() => {
  jest.restoreAllMocks();
  rmSync(folder, { recursive: true, force: true });
});

function modeOf(path: string): number {
  return statSync(path).mode & 0o777;
}

function readError(action: () => unknown): KeyFileError {
  try {
    action();
  } catch (error) {
    if (error instanceof KeyFileError) return error;
    throw error;
  }
  throw new Error('expected a KeyFileError');
}

function writeRaw(name: string, content: string, mode = 0o600): string {
  const path = join(folder, name);
  writeFileSync(path, content, { mode });
  chmodSync(path, mode);
  return path;
}

describe('key files: round trips', () => {
  it('writes a secret key as a 0600 JSON file and reads the same key back', () => {
    const key = generateSecretKey();
    const path = join(folder, 'pseudonym.key');
    writeKeyFile(path, key);

    expect(modeOf(path)).toBe(0o600);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(json).toEqual({
      format: 'lattice-key/1',
      type: 'secret',
      kid: key.kid,
      created: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      key: key.bytes.toString('base64'),
    });
    const read = readSecretKeyFile(path);
    expect(read.kid).toBe(key.kid);
    expect(read.bytes.equals(key.bytes)).toBe(true);
  });

  it('writes an Ed25519 key whose read-back private key signs for the original public key', () => {
    const key = generateSigningKey();
    const path = join(folder, 'node-signing.key');
    writeKeyFile(path, key);

    expect(modeOf(path)).toBe(0o600);
    const json = JSON.parse(readFileSync(path, 'utf8'));
    expect(json).toMatchObject({
      format: 'lattice-key/1',
      type: 'ed25519',
      kid: key.kid,
      publicKey: key.publicKeyBase64,
    });
    expect(json.privateKey).toMatch(/^-----BEGIN PRIVATE KEY-----\n/);

    const read = readSigningKeyFile(path);
    expect(read.kid).toBe(key.kid);
    expect(read.publicKeyBase64).toBe(key.publicKeyBase64);
    const message = Buffer.from('task result');
    expect(verify(null, message, key.publicKey, sign(null, message, read.privateKey))).toBe(true);
  });

  it('creates missing parent folders', () => {
    const path = join(folder, 'a', 'b', 'center.key');
    writeKeyFile(path, generateSecretKey());
    expect(modeOf(path)).toBe(0o600);
  });

  it('has the file at mode 0600 before any key byte is written, even with an open umask', () => {
    const modesAtWrite: number[] = [];
    const realWrite = fs.writeSync;
    jest.spyOn(fs, 'writeSync').mockImplementation(((fd: number, ...rest: unknown[]) => {
      modesAtWrite.push(fs.fstatSync(fd).mode & 0o777);
      return (realWrite as (...args: unknown[]) => number)(fd, ...rest);
    }) as typeof fs.writeSync);
    const chmod = jest.spyOn(fs, 'chmodSync');
    const previousUmask = process.umask(0);
    try {
      writeKeyFile(join(folder, 'a.key'), generateSecretKey());
      writeKeyFile(join(folder, 'a.key'), generateSigningKey(), { overwrite: true });
    } finally {
      process.umask(previousUmask);
    }
    expect(modesAtWrite).toEqual([0o600, 0o600]);
    expect(chmod).not.toHaveBeenCalled();
  });

  it('refuses to overwrite an existing file unless asked, and then replaces it atomically', () => {
    const path = join(folder, 'k.key');
    const first = generateSecretKey();
    writeKeyFile(path, first);

    const error = readError(() => writeKeyFile(path, generateSecretKey()));
    expect(error.code).toBe('EXISTS');
    expect(error.message).toContain(path);
    expect(readSecretKeyFile(path).kid).toBe(first.kid);

    chmodSync(path, 0o644);
    const second = generateSecretKey();
    writeKeyFile(path, second, { overwrite: true });
    expect(readSecretKeyFile(path).kid).toBe(second.kid);
    expect(modeOf(path)).toBe(0o600);
    expect(readdirSync(folder)).toEqual(['k.key']);
  });

  it('reports a folder it cannot create as UNWRITABLE', () => {
    const blocker = writeRaw('blocker', 'not a folder');
    const error = readError(() => writeKeyFile(join(blocker, 'k.key'), generateSecretKey()));
    expect(error.code).toBe('UNWRITABLE');
  });
});

describe('key files: refusals', () => {
  const secret = generateSecretKey();
  const signing = generateSigningKey();
  const secretBase64 = secret.bytes.toString('base64');
  const secretFile = (fields: Record<string, unknown>): string =>
    JSON.stringify({
      format: 'lattice-key/1',
      type: 'secret',
      kid: secret.kid,
      created: '2026-01-02T03:04:05.000Z',
      key: secretBase64,
      ...fields,
    });
  const weak = (bytes: Buffer): string =>
    secretFile({ key: bytes.toString('base64'), kid: secretKeyId(bytes) });

  const cases: [string, KeyFileErrorCode, () => string, string][] = [
    ['a missing file', 'MISSING', () => join(folder, 'nope.key'), 'not found'],
    ['a path through a missing folder', 'MISSING', () => join(folder, 'missing', 'k.key'), 'not found'],
    [
      'a folder',
      'UNREADABLE',
      () => {
        mkdirSync(join(folder, 'dir.key'));
        return join(folder, 'dir.key');
      },
      'not a regular file',
    ],
    [
      'a symbolic link loop',
      'UNREADABLE',
      () => {
        symlinkSync(join(folder, 'loop'), join(folder, 'loop'));
        return join(folder, 'loop');
      },
      'cannot be read',
    ],
    ['a world-readable file', 'TOO_OPEN', () => writeRaw('open.key', secretFile({}), 0o644), 'chmod 600'],
    ['a group-readable file', 'TOO_OPEN', () => writeRaw('group.key', secretFile({}), 0o640), 'mode 0640'],
    ['text that is not JSON', 'MALFORMED', () => writeRaw('text.key', `key=${secretBase64}`), 'not JSON'],
    [
      'JSON without the format marker',
      'MALFORMED',
      () => writeRaw('f.key', JSON.stringify({ key: secretBase64 })),
      'lattice-key/1',
    ],
    [
      'another format version',
      'MALFORMED',
      () => writeRaw('v.key', secretFile({ format: 'lattice-key/9' })),
      'not a Lattice key file',
    ],
    [
      'an unknown key type',
      'MALFORMED',
      () => writeRaw('t.key', secretFile({ type: 'rsa' })),
      'field "type"',
    ],
    ['no key field', 'MALFORMED', () => writeRaw('n.key', secretFile({ key: undefined })), 'field "key"'],
    [
      'a key that is not base64',
      'MALFORMED',
      () => writeRaw('b.key', secretFile({ key: `${secretBase64}!` })),
      'not valid base64',
    ],
    [
      'a kid that does not match the key',
      'MALFORMED',
      () => writeRaw('kid.key', secretFile({ kid: '0123456789abcdef' })),
      'field "kid"',
    ],
    [
      'a malformed creation date',
      'MALFORMED',
      () => writeRaw('c.key', secretFile({ created: 'yesterday' })),
      'field "created"',
    ],
    ['a huge file', 'MALFORMED', () => writeRaw('big.key', ' '.repeat(70_000)), 'too large'],
    [
      'an Ed25519 key file',
      'WRONG_TYPE',
      () => {
        writeKeyFile(join(folder, 'ed.key'), signing);
        return join(folder, 'ed.key');
      },
      'Ed25519',
    ],
    ['a 16-byte key', 'WEAK', () => writeRaw('short.key', weak(randomBytes(16))), 'too short (16 bytes'],
    ['an all-zero key', 'WEAK', () => writeRaw('zero.key', weak(Buffer.alloc(32))), 'same value'],
  ];

  it.each(cases)(
    'refuses %s as %s, naming the file and no key material',
    (_label, code, makePath, message) => {
      const path = makePath();
      const error = readError(() => readSecretKeyFile(path));
      expect(error.code).toBe(code);
      expect(error.path).toBe(path);
      expect(error.message).toContain(path);
      expect(error.message).toContain(message);
      expect(error.message).not.toContain(secretBase64);
      expect(error.message).not.toContain(secret.bytes.toString('hex').slice(0, 16));
    },
  );

  it('names the exact chmod command that fixes a file that is too open', () => {
    const path = writeRaw('open.key', secretFile({}), 0o604);
    expect(readError(() => readSecretKeyFile(path)).message).toContain(`chmod 600 ${path}`);
    const spaced = writeRaw('my key.key', secretFile({}), 0o644);
    expect(readError(() => readSecretKeyFile(spaced)).message).toContain(`chmod 600 '${spaced}'`);
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it.skip : it)(
    'refuses a file without read permission as UNREADABLE (not checkable as root)',
    () => {
      const path = writeRaw('locked.key', secretFile({}), 0o200);
      expect(readError(() => readSecretKeyFile(path)).code).toBe('UNREADABLE');
    },
  );

  it('refuses a secret key file where a signing key is required', () => {
    const path = writeRaw('s.key', secretFile({}));
    const error = readError(() => readSigningKeyFile(path));
    expect(error.code).toBe('WRONG_TYPE');
    expect(error.message).toContain('Ed25519 signing key is required');
  });

  it('refuses an Ed25519 file whose public key or private key was altered', () => {
    const path = join(folder, 'ed.key');
    writeKeyFile(path, signing);
    const json = JSON.parse(readFileSync(path, 'utf8'));

    writeRaw(
      'other-public.key',
      JSON.stringify({ ...json, publicKey: generateSigningKey().publicKeyBase64 }),
    );
    const publicError = readError(() => readSigningKeyFile(join(folder, 'other-public.key')));
    expect(publicError).toMatchObject({ code: 'MALFORMED' });
    expect(publicError.message).toContain('field "publicKey"');

    writeRaw('bad-private.key', JSON.stringify({ ...json, privateKey: 'garbage' }));
    const privateError = readError(() => readSigningKeyFile(join(folder, 'bad-private.key')));
    expect(privateError.code).toBe('MALFORMED');
    expect(privateError.message).not.toContain(json.privateKey);
  });
});
