import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { decodeBase64 } from './base64';
import { KeyFileError } from './key-file-error';
import {
  KEY_FILE_FORMAT,
  secretKeyFileSchema,
  signingKeyFileSchema,
  type KeyType,
  type SecretKeyFile,
  type SigningKeyFile,
} from './key-file-format';
import { secretKeyFromBytes, type SecretKey } from './secret-key';
import { signingKeyFromPem, type SigningKey } from './signing-key';

/** Key files are a few hundred bytes; anything far larger is not one. */
const MAX_KEY_FILE_BYTES = 64 * 1024;
const OWNER_ONLY = 0o600;

/** Options of writeKeyFile. */
export interface WriteKeyFileOptions {
  /** Replace an existing file (atomically). Without it an existing file is an EXISTS error. */
  overwrite?: boolean;
}

/** Writes one key to a new file readable only by its owner (created with mode 0600, never widened). */
export function writeKeyFile(
  path: string,
  key: SecretKey | SigningKey,
  options: WriteKeyFileOptions = {},
): void {
  const content = `${JSON.stringify(toKeyFile(key), null, 2)}\n`;
  const folder = dirname(path);
  try {
    mkdirSync(folder, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new KeyFileError('UNWRITABLE', `${path}: cannot create the folder for the key file`, path, {
      cause: error,
    });
  }
  if (options.overwrite) {
    // A temporary file in the same folder, renamed over the target: readers never see a partial key.
    const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    writeNewFile(temporary, content, path);
    try {
      renameSync(temporary, path);
    } catch (error) {
      rmSync(temporary, { force: true });
      throw new KeyFileError('UNWRITABLE', `${path}: cannot replace the key file`, path, { cause: error });
    }
    return;
  }
  writeNewFile(path, content, path);
}

/** Reads a secret key file; throws KeyFileError (MISSING, UNREADABLE, TOO_OPEN, MALFORMED, WRONG_TYPE, WEAK). */
export function readSecretKeyFile(path: string): SecretKey {
  const file = parseKeyFile(path, 'secret', secretKeyFileSchema);
  const bytes = decodeBase64(file.key);
  if (!bytes) throw new KeyFileError('MALFORMED', `${path}: field "key" is not valid base64`, path);
  const key = secretKeyFromBytes(bytes, path);
  if (key.kid !== file.kid) throw kidMismatch(path);
  return key;
}

/** Reads an Ed25519 key file; throws KeyFileError (MISSING, UNREADABLE, TOO_OPEN, MALFORMED, WRONG_TYPE). */
export function readSigningKeyFile(path: string): SigningKey {
  const file = parseKeyFile(path, 'ed25519', signingKeyFileSchema);
  const key = signingKeyFromPem(file.privateKey, path);
  if (key.publicKeyBase64 !== file.publicKey) {
    throw new KeyFileError('MALFORMED', `${path}: field "publicKey" does not match the private key`, path);
  }
  if (key.kid !== file.kid) throw kidMismatch(path);
  return key;
}

function toKeyFile(key: SecretKey | SigningKey): SecretKeyFile | SigningKeyFile {
  const created = new Date().toISOString();
  if ('privateKey' in key) {
    const privateKey = key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    return {
      format: KEY_FILE_FORMAT,
      type: 'ed25519',
      kid: key.kid,
      created,
      privateKey,
      publicKey: key.publicKeyBase64,
    };
  }
  return {
    format: KEY_FILE_FORMAT,
    type: 'secret',
    kid: key.kid,
    created,
    key: key.bytes.toString('base64'),
  };
}

function writeNewFile(target: string, content: string, reportedPath: string): void {
  let fd: number;
  try {
    // 'wx' creates the file with its final mode in one step and fails if it exists.
    fd = openSync(target, 'wx', OWNER_ONLY);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') {
      throw new KeyFileError(
        'EXISTS',
        `${reportedPath}: a file already exists there; refusing to overwrite it`,
        reportedPath,
      );
    }
    throw new KeyFileError('UNWRITABLE', `${reportedPath}: cannot create the key file`, reportedPath, {
      cause: error,
    });
  }
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(target, { force: true });
    throw new KeyFileError('UNWRITABLE', `${reportedPath}: cannot write the key file`, reportedPath, {
      cause: error,
    });
  }
  closeSync(fd);
}

function parseKeyFile<S extends z.ZodType>(path: string, expected: KeyType, schema: S): z.output<S> {
  const text = readKeyFileText(path);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's message quotes the file's content, which may be key material: not kept.
    throw new KeyFileError('MALFORMED', `${path}: not a key file (not JSON)`, path);
  }
  if (
    typeof json !== 'object' ||
    json === null ||
    (json as { format?: unknown }).format !== KEY_FILE_FORMAT
  ) {
    throw new KeyFileError(
      'MALFORMED',
      `${path}: not a Lattice key file (format "${KEY_FILE_FORMAT}" expected)`,
      path,
    );
  }
  const type = (json as { type?: unknown }).type;
  if ((type === 'secret' || type === 'ed25519') && type !== expected) {
    throw new KeyFileError(
      'WRONG_TYPE',
      `${path}: holds ${describeType(type)}, but ${describeType(expected)} is required`,
      path,
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const field = parsed.error.issues[0]?.path.join('.') || 'type';
    throw new KeyFileError('MALFORMED', `${path}: field "${field}" is missing or invalid`, path);
  }
  return parsed.data;
}

function readKeyFileText(path: string): string {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new KeyFileError('MISSING', `${path}: key file not found`, path, { cause: error });
    }
    throw new KeyFileError('UNREADABLE', `${path}: key file cannot be read (${code ?? 'error'})`, path, {
      cause: error,
    });
  }
  try {
    // Checks go through the open descriptor, so the file checked is the file read.
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new KeyFileError('UNREADABLE', `${path}: not a regular file`, path);
    if (process.platform !== 'win32' && (stats.mode & 0o077) !== 0) {
      const mode = (stats.mode & 0o777).toString(8).padStart(4, '0');
      throw new KeyFileError(
        'TOO_OPEN',
        `${path}: key file is accessible by group or others (mode ${mode}); restrict it with: chmod 600 ${shellQuote(path)}`,
        path,
      );
    }
    if (stats.size > MAX_KEY_FILE_BYTES) {
      throw new KeyFileError('MALFORMED', `${path}: too large to be a key file (${stats.size} bytes)`, path);
    }
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof KeyFileError) throw error;
    throw new KeyFileError(
      'UNREADABLE',
      `${path}: key file cannot be read (${errorCode(error) ?? 'error'})`,
      path,
      {
        cause: error,
      },
    );
  } finally {
    closeSync(fd);
  }
}

function kidMismatch(path: string): KeyFileError {
  return new KeyFileError(
    'MALFORMED',
    `${path}: field "kid" does not match the key (edited or damaged file)`,
    path,
  );
}

function describeType(type: KeyType): string {
  return type === 'secret' ? 'a secret key' : 'an Ed25519 signing key';
}

function shellQuote(path: string): string {
  return /^[\w./-]+$/.test(path) ? path : `'${path.replace(/'/g, `'\\''`)}'`;
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
