import { z } from 'zod';
import { defineConfig, loadConfig, type ConfigOf } from './define-config';
import { checkStorage } from './storage-checks';
import { storageVariables } from './storage-variables';
import { filePath, host, httpUrl, logLevel, port, positiveInt, postgresUrl } from './variables';

/** Every setting of a hospital node service. */
export const nodeConfigSpec = defineConfig({
  NODE_ID: {
    schema: z
      .string()
      .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'must be lower-case letters, digits and dashes, e.g. node-a'),
    description: "This node's id, as enrolled at the center and as its OIDC client id.",
  },
  PORT: { schema: port(3101), description: 'HTTP port of the node API.' },
  HOST: { schema: host(), description: 'Interface the node listens on.' },
  PUBLIC_URL: {
    schema: httpUrl().default('http://127.0.0.1:3101'),
    description: 'URL where hospital users reach this node; used in signed object URLs.',
  },
  DATABASE_URL: { schema: postgresUrl(), description: 'PostgreSQL database of this node.', sensitive: true },
  CENTER_URL: { schema: httpUrl(), description: 'URL of the national center API.' },
  OIDC_ISSUER_URL: {
    schema: httpUrl(),
    description: 'Keycloak realm URL that issues tokens, e.g. http://127.0.0.1:8080/realms/lattice.',
  },
  OIDC_JWKS_MIN_INTERVAL_SECONDS: {
    schema: z.coerce.number().int().min(0).default(10),
    description: 'Minimum seconds between JWKS refreshes when a token carries an unknown key id.',
  },
  OIDC_CLIENT_ID: {
    schema: z.string().min(1).optional(),
    description: 'Confidential client this node authenticates as (defaults to NODE_ID).',
  },
  OIDC_CLIENT_SECRET: {
    schema: z.string().min(16, 'must be at least 16 characters'),
    description: "Client secret of the node's service account.",
    sensitive: true,
  },
  NODE_SIGNING_KEY_FILE: {
    schema: filePath(),
    description: 'Ed25519 key file (lattice keys generate --type ed25519) that signs requests to the center.',
  },
  HEARTBEAT_INTERVAL_SECONDS: {
    schema: positiveInt(15),
    description: 'Seconds between heartbeats to the center.',
  },
  LOG_LEVEL: { schema: logLevel(), description: 'Least severe log level written.' },
  ...storageVariables,
});

export type NodeConfig = ConfigOf<typeof nodeConfigSpec>;

export function loadNodeConfig(env: Record<string, string | undefined> = process.env): NodeConfig {
  return loadConfig('node', nodeConfigSpec, env, [checkStorage]);
}
