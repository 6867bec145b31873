import type { SignedUrlCheck } from './signed-object-url';

/** What the store knows about one object. */
export interface StoredObject {
  /** The object's SHA-256, lower-case hex: content-addressed. */
  key: string;
  size: number;
  sha256: string;
  contentType: string;
}

/** Content-addressed object storage: the one port every adapter implements. */
export interface ObjectStore {
  /** Stores bytes under their SHA-256 (lower-case hex, which is also the key); idempotent. */
  put(data: Uint8Array, options?: { contentType?: string }): Promise<StoredObject>;
  /** Reads an object and checks its SHA-256; throws ObjectNotFoundError or ObjectIntegrityError. */
  get(key: string): Promise<Uint8Array>;
  stat(key: string): Promise<StoredObject | null>;
  list(options?: { prefix?: string }): AsyncIterable<StoredObject>;
  /** Idempotent. */
  delete(key: string): Promise<void>;
  /** A URL anyone holding it can GET until it expires. */
  signedUrl(key: string, ttlSeconds: number): Promise<string>;
  /** Resolves when the store answers; used by readiness checks. */
  ping(): Promise<void>;
}

/** A store whose signed URLs point at the owning app, which serves them with createSignedObjectHandler. */
export interface SelfSignedObjectStore extends ObjectStore {
  /** Checks a URL (absolute, or path and query) that this store signed. */
  verifySignedUrl(url: string): SignedUrlCheck;
}

/** True when the app must serve this store's signed URLs itself (filesystem and in-memory stores). */
export function servesOwnSignedUrls(store: ObjectStore): store is SelfSignedObjectStore {
  return typeof (store as Partial<SelfSignedObjectStore>).verifySignedUrl === 'function';
}
