import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { FilesystemObjectStore } from './filesystem-object-store';
import { ContractClock, describeObjectStoreContract, listenOnLoopback } from './object-store-contract';
import { sha256Hex } from './object-key';
import { createSignedObjectHandler, type SignedObjectHandler } from './signed-object-handler';

const signingKey = randomBytes(32).toString('hex');
const roots: string[] = [];
let handler: SignedObjectHandler = (_req, res) => res.writeHead(503).end();
let server: Awaited<ReturnType<typeof listenOnLoopback>>;

function newRoot(): string {
  const parent = mkdtempSync(join(tmpdir(), 'lattice-fs-store-'));
  roots.push(parent);
  // A folder that does not exist yet: the store creates it on first use.
  return join(parent, 'objects');
}

function newStore(clock = new ContractClock(), root = newRoot()): FilesystemObjectStore {
  const store = new FilesystemObjectStore({
    root,
    publicBaseUrl: server.baseUrl,
    signingKey,
    now: clock.now,
  });
  handler = createSignedObjectHandler(store);
  return store;
}

beforeAll(async () => {
  server = await listenOnLoopback((req, res) => handler(req, res));
});

afterAll(async () => {
  await server.close();
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describeObjectStoreContract('filesystem', {
  async create(clock) {
    const store = newStore(clock);
    return { store, corrupt: async (key, bytes) => writeFileSync(store.objectPath(key), bytes) };
  },
});

describe('filesystem object store: layout on disk', () => {
  it('creates its root on first use and shards objects by the first four hex characters', async () => {
    const store = newStore();
    expect(existsSync(store.root)).toBe(false);
    const data = randomBytes(100);
    const { key } = await store.put(data, { contentType: 'application/dicom' });

    const path = join(store.root, key.slice(0, 2), key.slice(2, 4), key);
    expect(store.objectPath(key)).toBe(path);
    expect(readFileSync(path).equals(data)).toBe(true);
    expect(JSON.parse(readFileSync(`${path}.meta.json`, 'utf8'))).toEqual({
      contentType: 'application/dicom',
    });
    expect(readdirSync(join(store.root, key.slice(0, 2), key.slice(2, 4))).sort()).toEqual([
      key,
      `${key}.meta.json`,
    ]);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(store.root).mode & 0o777).toBe(0o700);
  });

  it('leaves no temporary files behind, and lists nothing unfinished a crash could leave', async () => {
    const store = newStore();
    const stored = await Promise.all(Array.from({ length: 20 }, () => store.put(randomBytes(5000))));
    const shard = join(store.root, stored[0]?.key.slice(0, 2) ?? '', stored[0]?.key.slice(2, 4) ?? '');
    writeFileSync(join(shard, `.${stored[0]?.key}.abcdef.tmp`), 'half written');
    writeFileSync(join(store.root, 'README'), 'not an object');

    const listed: string[] = [];
    for await (const object of store.list()) listed.push(object.key);
    expect(listed).toEqual(stored.map((object) => object.key).sort());
    const leftovers = readdirSync(store.root, { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.tmp'));
    expect(leftovers).toEqual([join(shard.slice(store.root.length + 1), `.${stored[0]?.key}.abcdef.tmp`)]);
  });

  it('deletes the content type file with the object', async () => {
    const store = newStore();
    const { key } = await store.put(randomBytes(10), { contentType: 'text/plain' });
    await store.delete(key);
    expect(existsSync(store.objectPath(key))).toBe(false);
    expect(existsSync(`${store.objectPath(key)}.meta.json`)).toBe(false);
  });

  it('falls back to the default content type when the file beside the object is lost', async () => {
    const store = newStore();
    const { key } = await store.put(randomBytes(10), { contentType: 'text/plain' });
    rmSync(`${store.objectPath(key)}.meta.json`);
    expect(await store.stat(key)).toMatchObject({ contentType: 'application/octet-stream' });
  });

  it('keeps invalid keys away from the disk', async () => {
    const store = newStore();
    await expect(store.get('../../../../etc/passwd')).rejects.toMatchObject({ code: 'INVALID_KEY' });
    expect(() => store.objectPath(`..${'/a'.repeat(31)}`)).toThrow(
      expect.objectContaining({ code: 'INVALID_KEY' }),
    );
    expect(existsSync(store.root)).toBe(false);
  });

  it('reports a root it cannot use as UNAVAILABLE', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'lattice-fs-store-'));
    roots.push(parent);
    writeFileSync(join(parent, 'file'), 'a file where the root should be');
    const store = newStore(new ContractClock(), join(parent, 'file'));
    await expect(store.ping()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(store.put(randomBytes(10))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
    await expect(store.get(sha256Hex(Buffer.from('x')))).rejects.toMatchObject({ code: 'UNAVAILABLE' });
  });

  const asRoot = process.getuid?.() === 0;
  (asRoot ? it.skip : it)(
    'reports a read-only root as UNAVAILABLE on ping (not checkable as root)',
    async () => {
      const store = newStore();
      await store.ping();
      chmodSync(store.root, 0o500);
      try {
        await expect(store.ping()).rejects.toMatchObject({ code: 'UNAVAILABLE' });
      } finally {
        chmodSync(store.root, 0o700);
      }
    },
  );

  it('lets a one-second URL lapse in real time', async () => {
    const store = newStore();
    const { key } = await store.put(randomBytes(10));
    const url = await store.signedUrl(key, 1);
    expect((await fetch(url)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const refused = await fetch(url);
    expect(refused.status).toBe(403);
    expect(await refused.json()).toEqual({ code: 'EXPIRED', message: 'the URL has expired' });
  });
});

describe('filesystem object store: served by an Express app', () => {
  it('serves signed URLs from a handler mounted under its route prefix', async () => {
    // The store needs the app's URL and the app needs the store's handler: the route looks it up late.
    let objectRoute: SignedObjectHandler = (_req, res) => res.writeHead(503).end();
    const app = express();
    app.use('/objects', (req, res) => objectRoute(req, res));
    const appServer = await listenOnLoopback(app);
    try {
      const mounted = new FilesystemObjectStore({
        root: newRoot(),
        publicBaseUrl: appServer.baseUrl,
        signingKey,
      });
      objectRoute = createSignedObjectHandler(mounted);
      const data = randomBytes(300);
      const { key } = await mounted.put(data, { contentType: 'application/dicom' });
      const url = await mounted.signedUrl(key, 60);
      expect(url).toMatch(
        new RegExp(`^${appServer.baseUrl}/objects/${key}\\?expires=\\d+&signature=[\\w-]{43}$`),
      );
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(Buffer.from(await response.arrayBuffer()).equals(data)).toBe(true);
    } finally {
      await appServer.close();
    }
  });
});
