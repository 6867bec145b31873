import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  generateSecretKey,
  generateSigningKey,
  readSigningKeyFile,
  writeKeyFile,
  type SigningKey,
} from '@lattice/keys';

/** Secrets the embedded platform generates on first start and reuses afterwards. */
export interface PlatformSecrets {
  readonly postgresPassword: string;
  readonly nodeClientSecrets: Readonly<Record<string, string>>;
  readonly storageSigningKeys: Readonly<Record<string, string>>;
}

export const EMBEDDED_NODES = ['node-a', 'node-b'] as const;
export type EmbeddedNodeId = (typeof EMBEDDED_NODES)[number];

function randomSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Loads `<home>/secrets.json` (mode 0600), creating it with fresh random values on first start. */
export function loadOrCreateSecrets(home: string): PlatformSecrets {
  const file = path.join(home, 'secrets.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as PlatformSecrets;
  const secrets: PlatformSecrets = {
    postgresPassword: randomSecret(),
    nodeClientSecrets: Object.fromEntries(EMBEDDED_NODES.map((node) => [node, randomSecret()])),
    storageSigningKeys: Object.fromEntries(
      ['center', ...EMBEDDED_NODES].map((service) => [service, randomSecret()]),
    ),
  };
  mkdirSync(home, { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
  return secrets;
}

/** The signing key file of an embedded node, created on first start. */
export function loadOrCreateSigningKey(home: string, nodeId: string): { file: string; key: SigningKey } {
  const dir = path.join(home, 'keys');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${nodeId}-signing.key`);
  if (!existsSync(file)) writeKeyFile(file, generateSigningKey());
  return { file, key: readSigningKeyFile(file) };
}

/**
 * A secret key file of the embedded platform (pseudonym and vault keys), created on first start.
 * Each party has its own: a node's hospital key and vault key, the center's key.
 */
export function ensureSecretKeyFile(home: string, name: string): string {
  const dir = path.join(home, 'keys');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, `${name}.key`);
  if (!existsSync(file)) writeKeyFile(file, generateSecretKey());
  return file;
}
