import { Client, S3Error } from 'minio';
import {
  assertKeyPrefix,
  assertObjectKey,
  isObjectKey,
  normalizeContentType,
  sha256Hex,
  verifyIntegrity,
  DEFAULT_CONTENT_TYPE,
} from './object-key';
import type { ObjectStore, StoredObject } from './object-store';
import { ObjectNotFoundError, ObjectStoreError } from './object-store-error';
import { assertSignedUrlTtl } from './signed-object-url';

/** Options of MinioObjectStore (the MINIO_* variables). */
export interface MinioObjectStoreOptions {
  endPoint: string;
  port: number;
  useSSL: boolean;
  accessKey: string;
  secretKey: string;
  /** Created on first use when missing. */
  bucket: string;
  /** Set, so presigning needs no round trip to discover it. Defaults to us-east-1, MinIO's default. */
  region?: string;
  /** Milliseconds since the epoch, the signing time of presigned URLs; tests move it. */
  now?: () => number;
}

// User metadata holding the SHA-256 (sent as x-amz-meta-sha256).
const SHA256_METADATA = 'sha256';
const NOT_FOUND_CODES = new Set(['NoSuchKey', 'NotFound']);
const EXISTING_BUCKET_CODES = new Set(['BucketAlreadyOwnedByYou', 'BucketAlreadyExists']);
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
]);

/** The production store: objects named by their SHA-256 in one MinIO (S3) bucket, SHA-256 also in metadata. */
export class MinioObjectStore implements ObjectStore {
  readonly bucket: string;
  private readonly client: Client;
  private readonly now: () => number;
  private bucketReady: Promise<void> | null = null;

  constructor(options: MinioObjectStoreOptions) {
    this.bucket = options.bucket;
    this.now = options.now ?? Date.now;
    this.client = new Client({
      endPoint: options.endPoint,
      port: options.port,
      useSSL: options.useSSL,
      accessKey: options.accessKey,
      secretKey: options.secretKey,
      region: options.region ?? 'us-east-1',
      pathStyle: true,
    });
  }

  async put(data: Uint8Array, options: { contentType?: string } = {}): Promise<StoredObject> {
    const contentType = normalizeContentType(options.contentType);
    const key = sha256Hex(data);
    const existing = await this.stat(key);
    if (existing) return existing;
    const body = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    await this.call(() =>
      // The size is always given: without it the client probes for multipart uploads first.
      this.client.putObject(this.bucket, key, body, body.length, {
        'Content-Type': contentType,
        [SHA256_METADATA]: key,
      }),
    );
    return { key, size: data.length, sha256: key, contentType };
  }

  async get(key: string): Promise<Uint8Array> {
    assertObjectKey(key);
    const data = await this.call(async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of await this.client.getObject(this.bucket, key)) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    }, key);
    verifyIntegrity(key, data);
    return data;
  }

  async stat(key: string): Promise<StoredObject | null> {
    assertObjectKey(key);
    try {
      const info = await this.call(() => this.client.statObject(this.bucket, key), key);
      const metadata = info.metaData as Record<string, unknown>;
      const sha256 = metadata[SHA256_METADATA];
      const contentType = metadata['content-type'];
      return {
        key,
        size: info.size,
        sha256: typeof sha256 === 'string' ? sha256 : key,
        contentType: typeof contentType === 'string' ? contentType : DEFAULT_CONTENT_TYPE,
      };
    } catch (error) {
      if (error instanceof ObjectNotFoundError) return null;
      throw error;
    }
  }

  async *list(options: { prefix?: string } = {}): AsyncIterable<StoredObject> {
    const prefix = options.prefix ?? '';
    assertKeyPrefix(prefix);
    await this.ensureBucket();
    const listing = this.client.listObjectsV2(this.bucket, prefix, true);
    try {
      // S3 lists names in byte order, which for hex keys is key order.
      for await (const item of listing) {
        const name = (item as { name?: unknown }).name;
        // Objects that other tools put in the bucket are not ours to list.
        if (!isObjectKey(name)) continue;
        const object = await this.stat(name);
        if (object) yield object;
      }
    } catch (error) {
      throw toStoreError(error);
    }
  }

  async delete(key: string): Promise<void> {
    assertObjectKey(key);
    await this.call(() => this.client.removeObject(this.bucket, key));
  }

  async signedUrl(key: string, ttlSeconds: number): Promise<string> {
    assertObjectKey(key);
    assertSignedUrlTtl(ttlSeconds);
    if (!(await this.stat(key))) throw new ObjectNotFoundError(key);
    return this.call(() =>
      this.client.presignedGetObject(this.bucket, key, ttlSeconds, {}, new Date(this.now())),
    );
  }

  async ping(): Promise<void> {
    try {
      await this.createBucketIfMissing();
    } catch (error) {
      throw toStoreError(error);
    }
  }

  private async call<T>(action: () => Promise<T>, key?: string): Promise<T> {
    await this.ensureBucket();
    try {
      return await action();
    } catch (error) {
      throw toStoreError(error, key);
    }
  }

  private ensureBucket(): Promise<void> {
    this.bucketReady ??= this.createBucketIfMissing().catch((error: unknown) => {
      // Not remembered: the next call tries again.
      this.bucketReady = null;
      throw toStoreError(error);
    });
    return this.bucketReady;
  }

  private async createBucketIfMissing(): Promise<void> {
    if (await this.client.bucketExists(this.bucket)) return;
    try {
      await this.client.makeBucket(this.bucket);
    } catch (error) {
      // Another replica created it first.
      if (!(error instanceof S3Error && EXISTING_BUCKET_CODES.has(error.code ?? ''))) throw error;
    }
  }
}

function toStoreError(error: unknown, key?: string): ObjectStoreError {
  if (error instanceof ObjectStoreError) return error;
  if (error instanceof S3Error) {
    if (key && NOT_FOUND_CODES.has(error.code ?? '')) return new ObjectNotFoundError(key);
    return new ObjectStoreError(
      'UNAVAILABLE',
      `object store refused the request (${error.code ?? 'unknown error'})`,
      {
        cause: error,
      },
    );
  }
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && UNREACHABLE_CODES.has(code)) {
    return new ObjectStoreError('UNAVAILABLE', `object store is unreachable (${code})`, { cause: error });
  }
  return new ObjectStoreError('UNAVAILABLE', 'object store request failed', { cause: error });
}
