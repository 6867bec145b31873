import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import {
  DEFAULT_CONTENT_TYPE,
  assertKeyPrefix,
  assertObjectKey,
  isObjectKey,
  normalizeContentType,
  sha256Hex,
  verifyIntegrity,
} from './object-key';
import type { SelfSignedObjectStore, StoredObject } from './object-store';
import { ObjectNotFoundError, ObjectStoreError } from './object-store-error';
import { ObjectUrlSigner, assertSignedUrlTtl, type SignedUrlCheck } from './signed-object-url';

/** Options of FilesystemObjectStore. */
export interface FilesystemObjectStoreOptions {
  /** Folder holding the objects; created on first use. */
  root: string;
  /** Where clients reach the app that mounts createSignedObjectHandler. */
  publicBaseUrl: string;
  /** Secret for URL signatures (STORAGE_URL_SIGNING_KEY): at least 32 bytes. */
  signingKey: string | Uint8Array;
  /** Route of the signed URL handler; defaults to /objects. */
  routePrefix?: string;
  /** Milliseconds since the epoch; tests move it. */
  now?: () => number;
}

const META_SUFFIX = '.meta.json';
const FOLDER_MODE = 0o700;
const FILE_MODE = 0o600;

/**
 * The embedded default store: one file per object under `<root>/<k0k1>/<k2k3>/<key>`, its content type
 * in `<key>.meta.json` beside it. Writes go to a temporary file in the same folder and are renamed into
 * place, so a reader never sees a partial object.
 */
export class FilesystemObjectStore implements SelfSignedObjectStore {
  readonly root: string;
  private readonly signer: ObjectUrlSigner;

  constructor(options: FilesystemObjectStoreOptions) {
    this.root = resolve(options.root);
    this.signer = new ObjectUrlSigner(options);
  }

  /** The file holding an object's bytes. */
  objectPath(key: string): string {
    assertObjectKey(key);
    return join(this.shardFolder(key), key);
  }

  async put(data: Uint8Array, options: { contentType?: string } = {}): Promise<StoredObject> {
    const contentType = normalizeContentType(options.contentType);
    const key = sha256Hex(data);
    const existing = await this.stat(key);
    if (existing) return existing;
    const folder = this.shardFolder(key);
    await this.guard(() => mkdir(folder, { recursive: true, mode: FOLDER_MODE }));
    // The content type first: once the object's own file exists, its metadata does too.
    await this.writeAtomically(folder, `${key}${META_SUFFIX}`, Buffer.from(JSON.stringify({ contentType })));
    await this.writeAtomically(folder, key, data);
    return { key, size: data.length, sha256: key, contentType };
  }

  async get(key: string): Promise<Uint8Array> {
    const path = this.objectPath(key);
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') throw new ObjectNotFoundError(key);
      throw unavailable(error);
    }
    verifyIntegrity(key, data);
    return data;
  }

  async stat(key: string): Promise<StoredObject | null> {
    const path = this.objectPath(key);
    let size: number;
    try {
      const stats = await stat(path);
      if (!stats.isFile()) return null;
      size = stats.size;
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || errorCode(error) === 'ENOTDIR') return null;
      throw unavailable(error);
    }
    return { key, size, sha256: key, contentType: await this.readContentType(path) };
  }

  async *list(options: { prefix?: string } = {}): AsyncIterable<StoredObject> {
    const prefix = options.prefix ?? '';
    assertKeyPrefix(prefix);
    for (const first of await this.subfolders(this.root, prefix.slice(0, 2))) {
      const firstFolder = join(this.root, first);
      for (const second of await this.subfolders(firstFolder, prefix.slice(2, 4))) {
        const names = await this.namesIn(join(firstFolder, second));
        for (const name of names) {
          // Only finished objects: temporary files and metadata are skipped.
          if (!isObjectKey(name) || !name.startsWith(prefix)) continue;
          const object = await this.stat(name);
          if (object) yield object;
        }
      }
    }
  }

  async delete(key: string): Promise<void> {
    const path = this.objectPath(key);
    await this.guard(() => rm(path, { force: true }));
    await this.guard(() => rm(`${path}${META_SUFFIX}`, { force: true }));
  }

  async signedUrl(key: string, ttlSeconds: number): Promise<string> {
    assertObjectKey(key);
    assertSignedUrlTtl(ttlSeconds);
    if (!(await this.stat(key))) throw new ObjectNotFoundError(key);
    return this.signer.sign(key, ttlSeconds);
  }

  verifySignedUrl(url: string): SignedUrlCheck {
    return this.signer.verify(url);
  }

  async ping(): Promise<void> {
    await this.guard(async () => {
      await mkdir(this.root, { recursive: true, mode: FOLDER_MODE });
      await access(this.root, constants.R_OK | constants.W_OK | constants.X_OK);
    });
  }

  private shardFolder(key: string): string {
    return join(this.root, key.slice(0, 2), key.slice(2, 4));
  }

  private async writeAtomically(folder: string, name: string, data: Uint8Array): Promise<void> {
    const temporary = join(folder, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    await this.guard(async () => {
      try {
        const file = await open(temporary, 'wx', FILE_MODE);
        try {
          await file.writeFile(data);
          await file.datasync();
        } finally {
          await file.close();
        }
        await rename(temporary, join(folder, name));
      } catch (error) {
        await rm(temporary, { force: true });
        throw error;
      }
    });
  }

  private async readContentType(objectPath: string): Promise<string> {
    try {
      const meta: unknown = JSON.parse(await readFile(`${objectPath}${META_SUFFIX}`, 'utf8'));
      const contentType = (meta as { contentType?: unknown } | null)?.contentType;
      return typeof contentType === 'string' ? contentType : DEFAULT_CONTENT_TYPE;
    } catch (error) {
      if (errorCode(error) === 'ENOENT' || error instanceof SyntaxError) return DEFAULT_CONTENT_TYPE;
      throw unavailable(error);
    }
  }

  /** Shard folders (two hex characters) under a folder that fit the prefix's part, in order. */
  private async subfolders(folder: string, prefixPart: string): Promise<string[]> {
    const names = await this.namesIn(folder);
    return names.filter(
      (name) =>
        /^[0-9a-f]{2}$/.test(name) &&
        (prefixPart.length === 2 ? name === prefixPart : name.startsWith(prefixPart)),
    );
  }

  private async namesIn(folder: string): Promise<string[]> {
    try {
      return (await readdir(folder)).sort();
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return [];
      throw unavailable(error);
    }
  }

  private async guard<T>(action: () => Promise<T>): Promise<T> {
    try {
      return await action();
    } catch (error) {
      if (error instanceof ObjectStoreError) throw error;
      throw unavailable(error);
    }
  }
}

function unavailable(error: unknown): ObjectStoreError {
  return new ObjectStoreError(
    'UNAVAILABLE',
    `object store folder is not usable (${errorCode(error) ?? 'error'})`,
    {
      cause: error,
    },
  );
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}
