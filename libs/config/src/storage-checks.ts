import type { ConfigOf } from './define-config';
import type { storageVariables } from './storage-variables';

/** The filesystem store needs a URL signing key; MinIO needs credentials. */
export function checkStorage(
  config: ConfigOf<typeof storageVariables>,
): { variable: string; problem: string }[] {
  const problems: { variable: string; problem: string }[] = [];
  if (config.STORAGE_DRIVER === 'filesystem' && !config.STORAGE_URL_SIGNING_KEY) {
    problems.push({
      variable: 'STORAGE_URL_SIGNING_KEY',
      problem: 'is required when STORAGE_DRIVER=filesystem',
    });
  }
  if (config.STORAGE_DRIVER === 'minio') {
    if (!config.MINIO_ACCESS_KEY)
      problems.push({ variable: 'MINIO_ACCESS_KEY', problem: 'is required when STORAGE_DRIVER=minio' });
    if (!config.MINIO_SECRET_KEY)
      problems.push({ variable: 'MINIO_SECRET_KEY', problem: 'is required when STORAGE_DRIVER=minio' });
  }
  return problems;
}
