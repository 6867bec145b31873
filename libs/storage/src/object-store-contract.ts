import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ObjectStore, StoredObject } from './object-store';
import { ObjectIntegrityError, ObjectNotFoundError, ObjectStoreError } from './object-store-error';
import { sha256Hex } from './object-key';

/** A clock the contract moves: stores under test read `now()` when they sign URLs. */
export class ContractClock {
  private offsetMs = 0;
  readonly now = (): number => Date.now() + this.offsetMs;

  /** Moves the store's clock relative to real time; 0 puts it back. */
  shift(offsetMs: number): void {
    this.offsetMs = offsetMs;
  }
}

/** One fresh, empty store under test, plus a way to damage its objects directly. */
export interface ContractSubject {
  store: ObjectStore;
  /** Replaces an object's stored bytes without going through the store. */
  corrupt(key: string, bytes: Uint8Array): Promise<void>;
}

/** How the contract gets an adapter: a fresh empty store per test, signing with the given clock. */
export interface ContractAdapter {
  create(clock: ContractClock): Promise<ContractSubject>;
  dispose?(subject: ContractSubject): Promise<void>;
  /** Why the server behind this adapter cannot show that an altered URL is refused, if it cannot. */
  unverifiedUrlSignatures?: string;
}

const INVALID_KEYS: [string, string][] = [
  ['empty', ''],
  ['too short', 'a'.repeat(63)],
  ['too long', 'a'.repeat(65)],
  ['upper case', 'A'.repeat(64)],
  ['a path escape', `../${'a'.repeat(61)}`],
  ['an absolute path', `/${'a'.repeat(63)}`],
  ['a trailing slash', `${'a'.repeat(63)}/`],
  ['a newline', `${'a'.repeat(63)}\n`],
];

async function collect(objects: AsyncIterable<StoredObject>): Promise<StoredObject[]> {
  const result: StoredObject[] = [];
  for await (const object of objects) result.push(object);
  return result;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

/** The behaviour every ObjectStore adapter must show; each adapter's spec calls this once. */
export function describeObjectStoreContract(adapterName: string, adapter: ContractAdapter): void {
  describe(`${adapterName} object store: the ObjectStore contract`, () => {
    const clock = new ContractClock();
    let subject: ContractSubject;
    let store: ObjectStore;

    beforeEach(async () => {
      clock.shift(0);
      subject = await adapter.create(clock);
      store = subject.store;
    });

    afterEach(async () => {
      await adapter.dispose?.(subject);
    });

    it('stores bytes under their SHA-256 and reads the same bytes back', async () => {
      const data = randomBytes(3 * 1024 * 1024 + 17);
      const stored = await store.put(data, { contentType: 'application/dicom' });
      const expectedKey = sha256Hex(data);
      expect(stored).toEqual({
        key: expectedKey,
        size: data.length,
        sha256: expectedKey,
        contentType: 'application/dicom',
      });
      expect(Buffer.from(await store.get(stored.key)).equals(data)).toBe(true);
    });

    it('stores an empty object with the default content type', async () => {
      const stored = await store.put(new Uint8Array(0));
      expect(stored).toMatchObject({ size: 0, contentType: 'application/octet-stream' });
      expect(await store.get(stored.key)).toHaveLength(0);
    });

    it('refuses a content type that could not be a header value', async () => {
      await expect(store.put(randomBytes(8), { contentType: 'text/plain\r\nX-Evil: 1' })).rejects.toThrow(
        TypeError,
      );
      await expect(store.put(randomBytes(8), { contentType: 'no slash' })).rejects.toThrow(TypeError);
    });

    it('is idempotent: the same bytes twice give one object, keeping the first content type', async () => {
      const data = randomBytes(1000);
      const first = await store.put(data, { contentType: 'application/dicom' });
      const second = await store.put(Buffer.from(data), { contentType: 'text/plain' });
      expect(second).toEqual(first);
      expect(await collect(store.list())).toEqual([first]);
    });

    it('stats a stored object and answers null for an unknown key', async () => {
      const stored = await store.put(randomBytes(42), { contentType: 'image/png' });
      expect(await store.stat(stored.key)).toEqual(stored);
      expect(await store.stat(sha256Hex(Buffer.from('never stored')))).toBeNull();
    });

    it('throws ObjectNotFoundError for an unknown key', async () => {
      const key = sha256Hex(Buffer.from('never stored'));
      const error = await rejection(store.get(key));
      expect(error).toBeInstanceOf(ObjectNotFoundError);
      expect(error).toMatchObject({ code: 'NOT_FOUND', key });
    });

    it.each(INVALID_KEYS)(
      'refuses a key that is %s with INVALID_KEY, without echoing it',
      async (_label, key) => {
        for (const operation of [
          () => store.get(key),
          () => store.stat(key),
          () => store.delete(key),
          () => store.signedUrl(key, 60),
        ]) {
          const error = await rejection(operation());
          expect(error).toBeInstanceOf(ObjectStoreError);
          expect(error).toMatchObject({ code: 'INVALID_KEY' });
          if (key.length > 0) expect((error as Error).message).not.toContain(key);
        }
      },
    );

    it('lists every object in key order, and only those under a prefix', async () => {
      const stored = await Promise.all(
        Array.from({ length: 12 }, (_, index) =>
          store.put(randomBytes(10 + index), { contentType: 'application/dicom' }),
        ),
      );
      const sorted = [...stored].sort((a, b) => a.key.localeCompare(b.key));
      expect(await collect(store.list())).toEqual(sorted);

      const target = sorted[5];
      if (!target) throw new Error('unreachable');
      for (const length of [1, 2, 3, 4, 5, 64]) {
        const prefix = target.key.slice(0, length);
        expect(await collect(store.list({ prefix }))).toEqual(
          sorted.filter((object) => object.key.startsWith(prefix)),
        );
      }
      expect(await collect(store.list({ prefix: '' }))).toEqual(sorted);
    });

    it('lists nothing in an empty store and refuses a prefix that is not lower-case hex', async () => {
      expect(await collect(store.list())).toEqual([]);
      const error = await rejection(collect(store.list({ prefix: '../' })));
      expect(error).toMatchObject({ code: 'INVALID_KEY' });
    });

    it('deletes an object, and deleting again or deleting an unknown key succeeds', async () => {
      const kept = await store.put(randomBytes(20));
      const removed = await store.put(randomBytes(21));
      await store.delete(removed.key);
      expect(await store.stat(removed.key)).toBeNull();
      await expect(store.get(removed.key)).rejects.toBeInstanceOf(ObjectNotFoundError);
      await expect(store.delete(removed.key)).resolves.toBeUndefined();
      await expect(store.delete(sha256Hex(Buffer.from('never stored')))).resolves.toBeUndefined();
      expect(await collect(store.list())).toEqual([kept]);
    });

    it('keeps stored bytes independent of the arrays passed in and handed out', async () => {
      const data = randomBytes(64);
      const original = Buffer.from(data);
      const stored = await store.put(data);
      data.fill(0);
      const read = await store.get(stored.key);
      read.fill(1);
      expect(Buffer.from(await store.get(stored.key)).equals(original)).toBe(true);
    });

    it('serves a signed URL over HTTP with the content type until it expires', async () => {
      const data = randomBytes(5000);
      const stored = await store.put(data, { contentType: 'application/dicom' });

      const response = await fetch(await store.signedUrl(stored.key, 60));
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/dicom');
      expect(Buffer.from(await response.arrayBuffer()).equals(data)).toBe(true);

      // Signed two minutes ago for one minute: expired now.
      clock.shift(-120_000);
      const expired = await store.signedUrl(stored.key, 60);
      clock.shift(0);
      const refused = await fetch(expired);
      expect(refused.status).toBe(403);
      expect(Buffer.from(await refused.arrayBuffer()).includes(data.subarray(0, 32))).toBe(false);
    });

    const tamperTitle = 'refuses a signed URL altered to name another object';
    (adapter.unverifiedUrlSignatures ? it.skip : it)(
      adapter.unverifiedUrlSignatures
        ? `${tamperTitle} (not checkable: ${adapter.unverifiedUrlSignatures})`
        : tamperTitle,
      async () => {
        const wanted = await store.put(randomBytes(100));
        const other = await store.put(randomBytes(100));
        const url = await store.signedUrl(wanted.key, 60);
        const response = await fetch(url.replace(wanted.key, other.key));
        expect(response.status).toBe(403);
      },
    );

    it('signs only existing objects, for 1 second to 7 days', async () => {
      const stored = await store.put(randomBytes(10));
      await expect(store.signedUrl(sha256Hex(Buffer.from('never stored')), 60)).rejects.toBeInstanceOf(
        ObjectNotFoundError,
      );
      for (const ttl of [0, -5, 1.5, 7 * 24 * 3600 + 1, Number.NaN]) {
        await expect(store.signedUrl(stored.key, ttl)).rejects.toThrow(RangeError);
      }
      await expect(store.signedUrl(stored.key, 7 * 24 * 3600)).resolves.toContain(stored.key);
    });

    it.each([
      [
        'one byte flipped',
        (data: Buffer) => Buffer.from(data.map((byte, index) => (index === 7 ? byte ^ 0xff : byte))),
      ],
      ['truncated', (data: Buffer) => data.subarray(0, data.length - 1)],
      ['emptied', () => Buffer.alloc(0)],
    ])('detects an object whose bytes were changed behind its back (%s)', async (_label, damage) => {
      const data = randomBytes(2048);
      const stored = await store.put(data);
      await subject.corrupt(stored.key, damage(data));
      const error = await rejection(store.get(stored.key));
      expect(error).toBeInstanceOf(ObjectIntegrityError);
      expect(error).toMatchObject({ code: 'INTEGRITY', key: stored.key });
    });

    it('answers ping', async () => {
      await expect(store.ping()).resolves.toBeUndefined();
    });
  });
}

/** A real HTTP server on 127.0.0.1 and an ephemeral port, for fetching signed URLs in tests. */
export async function listenOnLoopback(
  handler: (req: IncomingMessage, res: ServerResponse) => void,
): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
