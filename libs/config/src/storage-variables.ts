import { z } from 'zod';
import { defineConfig } from './define-config';
import { boolean, port } from './variables';

/** Object storage settings shared by the center and the nodes. */
export const storageVariables = defineConfig({
  STORAGE_DRIVER: {
    schema: z.enum(['filesystem', 'minio'], { message: 'must be filesystem or minio' }).default('filesystem'),
    description: 'Object store: filesystem (embedded default) or minio (production).',
  },
  STORAGE_FS_ROOT: {
    schema: z.string().default('.lattice/objects'),
    description: 'Folder of the filesystem object store.',
  },
  STORAGE_URL_SIGNING_KEY: {
    schema: z.string().min(32, 'must be at least 32 characters').optional(),
    description:
      'Secret that signs expiring object URLs served by the filesystem store (required with filesystem).',
    sensitive: true,
  },
  MINIO_ENDPOINT: {
    schema: z
      .string()
      .regex(/^[A-Za-z0-9.-]+$/, 'must be a host name only, without scheme or port (e.g. minio.example.org)')
      .default('127.0.0.1'),
    description: 'MinIO host name; also the host in presigned URLs, so it must be reachable by their users.',
  },
  MINIO_PORT: { schema: port(9000), description: 'MinIO port.' },
  MINIO_USE_SSL: { schema: boolean(false), description: 'Use TLS to reach MinIO.' },
  MINIO_ACCESS_KEY: { schema: z.string().optional(), description: 'MinIO access key (required with minio).' },
  MINIO_SECRET_KEY: {
    schema: z.string().optional(),
    description: 'MinIO secret key (required with minio).',
    sensitive: true,
  },
  MINIO_BUCKET: {
    schema: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,
        'must be a valid S3 bucket name (3-63 lower-case letters, digits, dots, dashes)',
      )
      .default('lattice'),
    description: "Bucket holding this service's objects.",
  },
});
