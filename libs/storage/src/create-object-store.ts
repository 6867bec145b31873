import { ConfigError, checkStorage, type ConfigOf, type storageVariables } from '@lattice/config';
import { InvalidEndpointError } from 'minio';
import { FilesystemObjectStore } from './filesystem-object-store';
import { MinioObjectStore } from './minio-object-store';
import type { ObjectStore } from './object-store';

/** The loaded storage variables (STORAGE_DRIVER and the rest); a service config that spreads them fits. */
export type StorageConfig = ConfigOf<typeof storageVariables>;

/** What the storage variables do not say. */
export interface CreateObjectStoreOptions {
  /** The service's PUBLIC_URL: filesystem signed URLs point there. */
  publicBaseUrl: string;
  /** Route where the app mounts createSignedObjectHandler; defaults to /objects. */
  routePrefix?: string;
}

/** Builds the store STORAGE_DRIVER names; throws ConfigError when a variable it needs is missing. */
export function createObjectStore(config: StorageConfig, options: CreateObjectStoreOptions): ObjectStore {
  const problems = checkStorage(config);
  if (problems.length > 0) throw new ConfigError('storage', problems);
  switch (config.STORAGE_DRIVER) {
    case 'filesystem':
      return new FilesystemObjectStore({
        root: config.STORAGE_FS_ROOT,
        publicBaseUrl: options.publicBaseUrl,
        signingKey: config.STORAGE_URL_SIGNING_KEY ?? '',
        routePrefix: options.routePrefix,
      });
    case 'minio':
      return createMinioStore(config);
  }
}

// S3 bucket naming rules: 3-63 characters, lower-case letters, digits, dots and dashes, not an IP address.
const BUCKET_NAME = /^(?!\d+\.\d+\.\d+\.\d+$)(?!.*\.\.)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

function createMinioStore(config: StorageConfig): MinioObjectStore {
  if (!BUCKET_NAME.test(config.MINIO_BUCKET)) {
    throw new ConfigError('storage', [
      {
        variable: 'MINIO_BUCKET',
        problem: 'must be a valid bucket name: 3-63 lower-case letters, digits, dots or dashes',
      },
    ]);
  }
  try {
    return new MinioObjectStore({
      endPoint: config.MINIO_ENDPOINT,
      port: config.MINIO_PORT,
      useSSL: config.MINIO_USE_SSL,
      accessKey: config.MINIO_ACCESS_KEY ?? '',
      secretKey: config.MINIO_SECRET_KEY ?? '',
      bucket: config.MINIO_BUCKET,
    });
  } catch (error) {
    if (!(error instanceof InvalidEndpointError)) throw error;
    throw new ConfigError('storage', [
      {
        variable: 'MINIO_ENDPOINT',
        problem: 'must be a host name or IP address, without scheme or port (e.g. minio)',
      },
    ]);
  }
}
