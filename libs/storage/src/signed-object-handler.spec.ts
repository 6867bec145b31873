import { randomBytes } from 'node:crypto';
import { InMemoryObjectStore, type InMemoryObject } from './in-memory-object-store';
import { listenOnLoopback } from './object-store-contract';
import { createSignedObjectHandler } from './signed-object-handler';

describe('signed object handler', () => {
  const objects = new Map<string, InMemoryObject>();
  let store: InMemoryObjectStore;
  let server: Awaited<ReturnType<typeof listenOnLoopback>>;

  beforeAll(async () => {
    let handler = createSignedObjectHandler(new InMemoryObjectStore());
    server = await listenOnLoopback((req, res) => handler(req, res));
    store = new InMemoryObjectStore({ publicBaseUrl: server.baseUrl, objects });
    handler = createSignedObjectHandler(store);
  });

  afterAll(async () => {
    await server.close();
  });

  it('serves the object with its content type, length and SHA-256 ETag', async () => {
    const data = randomBytes(1234);
    const { key } = await store.put(data, { contentType: 'application/dicom' });
    const response = await fetch(await store.signedUrl(key, 60));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/dicom');
    expect(response.headers.get('content-length')).toBe('1234');
    expect(response.headers.get('etag')).toBe(`"${key}"`);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(Buffer.from(await response.arrayBuffer()).equals(data)).toBe(true);
  });

  it('answers HEAD with the headers only', async () => {
    const { key } = await store.put(randomBytes(77), { contentType: 'image/png' });
    const response = await fetch(await store.signedUrl(key, 60), { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe('77');
    expect((await response.arrayBuffer()).byteLength).toBe(0);
  });

  it.each([
    [
      'a changed signature',
      (url: string) =>
        url.replace(/signature=(.)/, (_m, first: string) => `signature=${first === 'A' ? 'B' : 'A'}`),
      'BAD_SIGNATURE',
    ],
    [
      'a later expiry',
      (url: string) => url.replace(/expires=(\d+)/, (_m, value: string) => `expires=${Number(value) + 3600}`),
      'BAD_SIGNATURE',
    ],
    ['no signature', (url: string) => url.replace(/&signature=.*$/, ''), 'MALFORMED'],
    ['no expiry', (url: string) => url.replace(/expires=\d+&/, ''), 'MALFORMED'],
  ])('refuses a URL with %s with 403 and a JSON reason', async (_label, alter, code) => {
    const { key } = await store.put(randomBytes(20));
    const url = alter(await store.signedUrl(key, 60));
    const response = await fetch(url);
    expect(response.status).toBe(403);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({ code, message: expect.any(String) });
  });

  it('answers 404 when the object was deleted after the URL was signed', async () => {
    const { key } = await store.put(randomBytes(20));
    const url = await store.signedUrl(key, 60);
    await store.delete(key);
    const response = await fetch(url);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'NOT_FOUND', message: 'the object no longer exists' });
  });

  it('answers 500 INTEGRITY rather than serving damaged bytes', async () => {
    const { key } = await store.put(randomBytes(20));
    const url = await store.signedUrl(key, 60);
    const object = objects.get(key);
    if (object) object.data = randomBytes(20);
    const response = await fetch(url);
    expect(response.status).toBe(500);
    expect(await response.json()).toMatchObject({ code: 'INTEGRITY' });
  });

  it('accepts only GET and HEAD', async () => {
    const { key } = await store.put(randomBytes(20));
    const response = await fetch(await store.signedUrl(key, 60), { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
    expect(await store.stat(key)).not.toBeNull();
  });
});
