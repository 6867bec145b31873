import { randomBytes } from 'node:crypto';
import {
  assertKeyPrefix,
  assertObjectKey,
  normalizeContentType,
  sha256Hex,
  verifyIntegrity,
} from './object-key';
import type { SelfSignedObjectStore, StoredObject } from './object-store';
import { ObjectNotFoundError } from './object-store-error';
import { ObjectUrlSigner, assertSignedUrlTtl, type SignedUrlCheck } from './signed-object-url';

/** One object held by the in-memory store. */
export interface InMemoryObject {
  data: Uint8Array;
  contentType: string;
}

/** Options of InMemoryObjectStore; everything has a default. */
export interface InMemoryObjectStoreOptions {
  /** Defaults to http://127.0.0.1. */
  publicBaseUrl?: string;
  /** Defaults to a random key. */
  signingKey?: string | Uint8Array;
  routePrefix?: string;
  now?: () => number;
  /** The map that holds the objects, by key: pass one to inspect or alter objects behind the store's back. */
  objects?: Map<string, InMemoryObject>;
}

/** The ObjectStore twin for domain tests: same contract, signed URLs checked by verifySignedUrl. */
export class InMemoryObjectStore implements SelfSignedObjectStore {
  private readonly objects: Map<string, InMemoryObject>;
  private readonly signer: ObjectUrlSigner;

  constructor(options: InMemoryObjectStoreOptions = {}) {
    this.objects = options.objects ?? new Map();
    this.signer = new ObjectUrlSigner({
      publicBaseUrl: options.publicBaseUrl ?? 'http://127.0.0.1',
      signingKey: options.signingKey ?? randomBytes(32),
      routePrefix: options.routePrefix,
      now: options.now,
    });
  }

  async put(data: Uint8Array, options: { contentType?: string } = {}): Promise<StoredObject> {
    const contentType = normalizeContentType(options.contentType);
    const key = sha256Hex(data);
    const existing = this.objects.get(key);
    if (existing) return describe(key, existing);
    const object = { data: Uint8Array.from(data), contentType };
    this.objects.set(key, object);
    return describe(key, object);
  }

  async get(key: string): Promise<Uint8Array> {
    assertObjectKey(key);
    const object = this.objects.get(key);
    if (!object) throw new ObjectNotFoundError(key);
    verifyIntegrity(key, object.data);
    return Uint8Array.from(object.data);
  }

  async stat(key: string): Promise<StoredObject | null> {
    assertObjectKey(key);
    const object = this.objects.get(key);
    return object ? describe(key, object) : null;
  }

  async *list(options: { prefix?: string } = {}): AsyncIterable<StoredObject> {
    const prefix = options.prefix ?? '';
    assertKeyPrefix(prefix);
    const keys = [...this.objects.keys()].filter((key) => key.startsWith(prefix)).sort();
    for (const key of keys) {
      const object = this.objects.get(key);
      if (object) yield describe(key, object);
    }
  }

  async delete(key: string): Promise<void> {
    assertObjectKey(key);
    this.objects.delete(key);
  }

  async signedUrl(key: string, ttlSeconds: number): Promise<string> {
    assertObjectKey(key);
    assertSignedUrlTtl(ttlSeconds);
    if (!this.objects.has(key)) throw new ObjectNotFoundError(key);
    return this.signer.sign(key, ttlSeconds);
  }

  verifySignedUrl(url: string): SignedUrlCheck {
    return this.signer.verify(url);
  }

  async ping(): Promise<void> {
    return;
  }
}

function describe(key: string, object: InMemoryObject): StoredObject {
  return { key, size: object.data.length, sha256: key, contentType: object.contentType };
}
