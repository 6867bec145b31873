import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'minio';
import S3rver from 's3rver';
import { MinioObjectStore } from './minio-object-store';
import { ContractClock, describeObjectStoreContract } from './object-store-contract';
import { sha256Hex } from './object-key';

// s3rver accepts any secret for this access key and refuses every other key.
const accessKey = 'S3RVER';
const secretKey = 'S3RVER';

let directory: string;
let s3rver: S3rver;
let port: number;
let raw: Client;
let bucketCount = 0;

function newStore(options: { bucket?: string; clock?: ContractClock } = {}): MinioObjectStore {
  bucketCount += 1;
  return new MinioObjectStore({
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    accessKey,
    secretKey,
    bucket: options.bucket ?? `contract-${bucketCount}`,
    now: options.clock?.now,
  });
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'lattice-s3rver-'));
  s3rver = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true });
  ({ port } = await s3rver.run());
  raw = new Client({
    endPoint: '127.0.0.1',
    port,
    useSSL: false,
    accessKey,
    secretKey,
    pathStyle: true,
    region: 'us-east-1',
  });
});

afterAll(async () => {
  await s3rver.close();
  rmSync(directory, { recursive: true, force: true });
});

describeObjectStoreContract('MinIO (against s3rver)', {
  unverifiedUrlSignatures: 's3rver checks the expiry of presigned URLs but not their SigV4 signature',
  async create(clock) {
    const store = newStore({ clock });
    return {
      store,
      // Overwrites the object through a separate client, metadata and all: only the bytes differ.
      corrupt: async (key, bytes) => {
        const stat = await raw.statObject(store.bucket, key);
        await raw.putObject(store.bucket, key, Buffer.from(bytes), bytes.length, {
          'Content-Type': String(stat.metaData['content-type']),
          sha256: key,
        });
      },
    };
  },
});

describe('MinIO object store: bucket and metadata', () => {
  it('creates its bucket when missing, on first use', async () => {
    const store = newStore({ bucket: 'created-on-first-use' });
    expect(await raw.bucketExists('created-on-first-use')).toBe(false);
    await store.put(randomBytes(10));
    expect(await raw.bucketExists('created-on-first-use')).toBe(true);

    const pinged = newStore({ bucket: 'created-by-ping' });
    await pinged.ping();
    expect(await raw.bucketExists('created-by-ping')).toBe(true);
  });

  it('uses a bucket that already exists', async () => {
    await raw.makeBucket('already-there');
    const store = newStore({ bucket: 'already-there' });
    const { key } = await store.put(randomBytes(10));
    expect((await raw.statObject('already-there', key)).size).toBe(10);
  });

  it('names each object by its SHA-256 and keeps the SHA-256 in its metadata', async () => {
    const store = newStore();
    const data = randomBytes(500);
    const { key } = await store.put(data, { contentType: 'application/dicom' });
    const stat = await raw.statObject(store.bucket, sha256Hex(data));
    expect(stat.size).toBe(500);
    expect(stat.metaData).toMatchObject({ sha256: key, 'content-type': 'application/dicom' });
  });

  it('lists only objects named by a SHA-256, ignoring what other tools put in the bucket', async () => {
    const store = newStore();
    const { key } = await store.put(randomBytes(10));
    await raw.putObject(store.bucket, 'notes/readme.txt', Buffer.from('hello'), 5);
    const listed: string[] = [];
    for await (const object of store.list()) listed.push(object.key);
    expect(listed).toEqual([key]);
  });

  it('presigns a SigV4 GET URL for the object, valid for the TTL asked', async () => {
    const clock = new ContractClock();
    const store = newStore({ clock });
    const { key } = await store.put(randomBytes(10));
    const url = new URL(await store.signedUrl(key, 900));
    expect(url.origin).toBe(`http://127.0.0.1:${port}`);
    expect(url.pathname).toBe(`/${store.bucket}/${key}`);
    expect(url.searchParams.get('X-Amz-Algorithm')).toBe('AWS4-HMAC-SHA256');
    expect(url.searchParams.get('X-Amz-Expires')).toBe('900');
    expect(url.searchParams.get('X-Amz-Signature')).toMatch(/^[0-9a-f]{64}$/);
    expect(url.searchParams.get('X-Amz-Credential')).toMatch(/^S3RVER\/\d{8}\/us-east-1\/s3\/aws4_request$/);
  });

  it('refuses to sign a URL for a MinIO object that is gone', async () => {
    const store = newStore();
    const { key } = await store.put(randomBytes(10));
    await raw.removeObject(store.bucket, key);
    await expect(store.signedUrl(key, 60)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('MinIO object store: when the server cannot be used', () => {
  it('reports a closed port as UNAVAILABLE, naming no credentials', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const probe = createServer();
      probe.listen(0, '127.0.0.1', () => {
        const { port: free } = probe.address() as { port: number };
        probe.close(() => resolve(free));
      });
    });
    const store = new MinioObjectStore({
      endPoint: '127.0.0.1',
      port: closedPort,
      useSSL: false,
      accessKey,
      secretKey: 'do-not-print-me',
      bucket: 'unreachable',
    });
    for (const attempt of [store.ping(), store.put(randomBytes(5)), store.get(sha256Hex(Buffer.from('x')))]) {
      const error = await attempt.then(
        () => null,
        (failure: unknown) => failure,
      );
      expect(error).toMatchObject({
        code: 'UNAVAILABLE',
        message: 'object store is unreachable (ECONNREFUSED)',
      });
      expect(String((error as Error).message)).not.toContain('do-not-print-me');
    }
  });

  it('reports refused credentials as UNAVAILABLE with the S3 error code', async () => {
    const store = new MinioObjectStore({
      endPoint: '127.0.0.1',
      port,
      useSSL: false,
      accessKey: 'someone-else',
      secretKey: 'wrong-secret',
      bucket: 'refused',
    });
    await expect(store.ping()).rejects.toMatchObject({
      code: 'UNAVAILABLE',
      message: expect.stringContaining('refused the request'),
    });
  });
});
