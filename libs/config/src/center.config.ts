import { z } from 'zod';
import { defineConfig, loadConfig, type ConfigOf } from './define-config';
import { checkStorage } from './storage-checks';
import { storageVariables } from './storage-variables';
import { filePath, host, httpUrl, list, logLevel, port, positiveInt, postgresUrl } from './variables';

/** Every setting of the center service. */
export const centerConfigSpec = defineConfig({
  PORT: { schema: port(3000), description: 'HTTP port of the center API.' },
  HOST: { schema: host(), description: 'Interface the center listens on.' },
  PUBLIC_URL: {
    schema: httpUrl().default('http://127.0.0.1:3000'),
    description: 'URL where users and nodes reach the center; used in signed object URLs.',
  },
  DATABASE_URL: {
    schema: postgresUrl(),
    description: 'PostgreSQL database of the center (catalog, nodes, audit).',
    sensitive: true,
  },
  OIDC_ISSUER_URL: {
    schema: httpUrl(),
    description: 'Keycloak realm URL that issues tokens, e.g. http://127.0.0.1:8080/realms/lattice.',
  },
  OIDC_JWKS_MIN_INTERVAL_SECONDS: {
    schema: z.coerce.number().int().min(0).default(10),
    description: 'Minimum seconds between JWKS refreshes when a token carries an unknown key id.',
  },
  CORS_ORIGINS: {
    schema: list(['http://127.0.0.1:5173', 'http://localhost:5173']),
    description: 'Browser origins allowed to call the API (the portal).',
  },
  NODE_OFFLINE_AFTER_SECONDS: {
    schema: positiveInt(60),
    description: 'A node without a heartbeat for this long is shown offline.',
  },
  REQUEST_SIGNATURE_MAX_SKEW_SECONDS: {
    schema: positiveInt(300),
    description: "How far a signed node request's timestamp may be from the center's clock.",
  },
  PSEUDONYM_KEY_FILE: {
    schema: filePath(),
    description: "The center's secret key for stage-2 pseudonyms and UIDs (lattice keys generate).",
  },
  DEID_PROFILE: {
    schema: z.string().min(1).default('research-default'),
    description: 'De-identification profile re-applied at stage 2.',
  },
  INGEST_MAX_INSTANCE_BYTES: {
    schema: positiveInt(1024 * 1024 * 1024),
    description: 'Largest instance a node may deliver, in bytes.',
  },
  LOG_LEVEL: { schema: logLevel(), description: 'Least severe log level written.' },
  ...storageVariables,
});

export type CenterConfig = ConfigOf<typeof centerConfigSpec>;

export function loadCenterConfig(env: Record<string, string | undefined> = process.env): CenterConfig {
  return loadConfig('center', centerConfigSpec, env, [checkStorage]);
}
