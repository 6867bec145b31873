import { z } from 'zod';
import { defineConfig, loadConfig, type ConfigOf } from './define-config';
import { checkStorage } from './storage-checks';
import { storageVariables } from './storage-variables';
import { filePath, host, httpUrl, list, logLevel, port, positiveInt, postgresUrl } from './variables';

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
  CORS_ORIGINS: {
    schema: list(['http://127.0.0.1:5173', 'http://localhost:5173']),
    description: "Browser origins allowed to call this node's API (the portal, for its operators).",
  },
  DICOM_AE_TITLE: {
    schema: z
      .string()
      .regex(/^[A-Z0-9_ -]{1,16}$/, 'must be 1-16 characters: upper-case letters, digits, space, _ or -')
      .optional(),
    description:
      "This node's DICOM Application Entity title (defaults to NODE_ID in capitals: node-a → NODE_A).",
  },
  DICOM_PORT: {
    schema: port(11112),
    description: 'Port of the DICOM (DIMSE) listener that receives C-STORE and C-ECHO.',
  },
  DICOM_ALLOWED_CALLING_AE_TITLES: {
    schema: list(['STORESCU', 'ECHOSCU', 'ORTHANC']),
    description:
      'Calling AE titles allowed to associate (the PACS and modalities); others are refused at association.',
  },
  PSEUDONYM_KEY_FILE: {
    schema: filePath(),
    description:
      "The hospital's secret key for stage-1 pseudonyms, UIDs and date shifts (lattice keys generate).",
  },
  VAULT_KEY_FILE: {
    schema: filePath(),
    description:
      'Secret key that encrypts the vault (real patient id ↔ pseudonym, quarantined originals) with AES-256-GCM.',
  },
  VAULT_DIR: {
    schema: z.string().min(1).default('.lattice/vault'),
    description: 'Folder of the vault; it holds identities and never leaves the node.',
  },
  DEID_PROFILE: {
    schema: z.string().min(1).default('research-default'),
    description: 'De-identification profile applied at ingest (stage 1).',
  },
  DEID_DATE_SHIFT_MAX_DAYS: {
    schema: positiveInt(365),
    description: 'Largest per-patient date shift, in days either way.',
  },
  PIXEL_RULES_FILE: {
    schema: filePath().optional(),
    description: 'Site burned-in text redaction rules, matched before the built-in ones.',
  },
  CONSENT_PROGRAMME: {
    schema: z.enum(['opt-out', 'opt-in'], { message: 'must be opt-out or opt-in' }).default('opt-out'),
    description:
      'Consent programme: opt-out includes patients unless an opt-out is on record; opt-in only those who agreed.',
  },
  STOW_MAX_BYTES: {
    schema: positiveInt(1024 * 1024 * 1024),
    description: 'Largest STOW-RS request body accepted, in bytes.',
  },
  PUSH_CONCURRENCY: { schema: positiveInt(4), description: 'Instances sent to the center at once.' },
  PUSH_MAX_BACKOFF_SECONDS: {
    schema: positiveInt(300),
    description: 'Longest wait between retries while the center is unavailable (backoff doubles up to this).',
  },
  LOG_LEVEL: { schema: logLevel(), description: 'Least severe log level written.' },
  ...storageVariables,
});

export type NodeConfig = ConfigOf<typeof nodeConfigSpec>;

export function loadNodeConfig(env: Record<string, string | undefined> = process.env): NodeConfig {
  return loadConfig('node', nodeConfigSpec, env, [checkStorage]);
}
