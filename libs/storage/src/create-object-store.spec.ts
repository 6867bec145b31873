import { resolve } from 'node:path';
import { ConfigError, loadConfig, storageVariables } from '@lattice/config';
import { createObjectStore } from './create-object-store';
import { FilesystemObjectStore } from './filesystem-object-store';
import { MinioObjectStore } from './minio-object-store';
import { servesOwnSignedUrls } from './object-store';

const publicBaseUrl = 'http://127.0.0.1:3000';

function storageConfig(env: Record<string, string>) {
  return loadConfig('test', storageVariables, env);
}

describe('createObjectStore', () => {
  it('builds the filesystem store by default, under .lattice/objects, serving its own URLs', () => {
    const store = createObjectStore(storageConfig({ STORAGE_URL_SIGNING_KEY: 's'.repeat(32) }), {
      publicBaseUrl,
    });
    expect(store).toBeInstanceOf(FilesystemObjectStore);
    expect((store as FilesystemObjectStore).root).toBe(resolve('.lattice/objects'));
    expect(servesOwnSignedUrls(store)).toBe(true);
  });

  it('builds the MinIO store from the MINIO_* variables', () => {
    const store = createObjectStore(
      storageConfig({
        STORAGE_DRIVER: 'minio',
        MINIO_ACCESS_KEY: 'lattice',
        MINIO_SECRET_KEY: 'secret-secret',
        MINIO_BUCKET: 'dicom',
      }),
      { publicBaseUrl },
    );
    expect(store).toBeInstanceOf(MinioObjectStore);
    expect((store as MinioObjectStore).bucket).toBe('dicom');
    expect(servesOwnSignedUrls(store)).toBe(false);
  });

  it('names the missing variable instead of building a store that cannot work', () => {
    const attempt = (env: Record<string, string>) => {
      try {
        createObjectStore(storageConfig(env), { publicBaseUrl });
      } catch (error) {
        if (error instanceof ConfigError) return error.problems.map((problem) => problem.variable);
        throw error;
      }
      return [];
    };
    expect(attempt({})).toEqual(['STORAGE_URL_SIGNING_KEY']);
    expect(attempt({ STORAGE_DRIVER: 'minio' })).toEqual(['MINIO_ACCESS_KEY', 'MINIO_SECRET_KEY']);
    const minio = { STORAGE_DRIVER: 'minio', MINIO_ACCESS_KEY: 'lattice', MINIO_SECRET_KEY: 'secret-secret' };
    for (const endpoint of ['http://minio:9000', 'minio:9000']) {
      expect(attempt({ ...minio, MINIO_ENDPOINT: endpoint })).toEqual(['MINIO_ENDPOINT']);
    }
    for (const bucket of ['Lattice', 'lattice_objects', 'a..b', '192.168.1.1', '-lattice']) {
      expect(attempt({ ...minio, MINIO_BUCKET: bucket })).toEqual(['MINIO_BUCKET']);
    }
    expect(
      attempt({ ...minio, MINIO_ENDPOINT: 'minio.internal', MINIO_BUCKET: 'lattice.objects-1' }),
    ).toEqual([]);
  });
});
