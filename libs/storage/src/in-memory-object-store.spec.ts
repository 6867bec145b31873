import { randomBytes } from 'node:crypto';
import { InMemoryObjectStore, type InMemoryObject } from './in-memory-object-store';
import { describeObjectStoreContract, listenOnLoopback } from './object-store-contract';
import { servesOwnSignedUrls } from './object-store';
import { createSignedObjectHandler, type SignedObjectHandler } from './signed-object-handler';

let handler: SignedObjectHandler = (_req, res) => res.writeHead(503).end();
let server: Awaited<ReturnType<typeof listenOnLoopback>>;

beforeAll(async () => {
  server = await listenOnLoopback((req, res) => handler(req, res));
});

afterAll(async () => {
  await server.close();
});

describeObjectStoreContract('in-memory', {
  async create(clock) {
    const objects = new Map<string, InMemoryObject>();
    const store = new InMemoryObjectStore({ publicBaseUrl: server.baseUrl, now: clock.now, objects });
    handler = createSignedObjectHandler(store);
    return {
      store,
      corrupt: async (key, bytes) => {
        const object = objects.get(key);
        if (object) object.data = Uint8Array.from(bytes);
      },
    };
  },
});

describe('in-memory object store: as a twin in domain tests', () => {
  it('works with no options and verifies its own signed URLs', async () => {
    const store = new InMemoryObjectStore();
    const { key } = await store.put(randomBytes(10));
    const url = await store.signedUrl(key, 60);
    expect(url.startsWith(`http://127.0.0.1/objects/${key}?`)).toBe(true);
    expect(store.verifySignedUrl(url)).toEqual({ valid: true, key, expiresAt: expect.any(Date) });
    expect(new InMemoryObjectStore().verifySignedUrl(url)).toMatchObject({
      valid: false,
      reason: 'BAD_SIGNATURE',
    });
    expect(servesOwnSignedUrls(store)).toBe(true);
  });
});
