import { execFileSync } from 'node:child_process';
import { createPrivateKey, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import {
  freePort,
  requestPasswordGrant,
  startDevIdp,
  workspaceRoot,
  type DevIdpProcess,
} from '@lattice/auth';
import { loadNodeConfig } from '@lattice/config';
import { applyMigrations, EmbeddedPostgresServer } from '@lattice/database';
import { generateSecretKey, generateSigningKey, writeKeyFile } from '@lattice/keys';
import { JsonLogger, mountSignedObjectRoute, startHttpService } from '@lattice/server-kit';
import { PrismaService } from '../../database/prisma.service';
import { DimseListener } from '../../dimse/dimse-listener.service';
import { NodeModule } from '../../node.module';
import { IngestRepairService } from '../ingest-repair.service';

/** Everything a node needs around it: a database, an issuer, keys and folders; reusable across restarts. */
export interface NodeEnvironment {
  readonly home: string;
  readonly vaultDir: string;
  readonly objectsDir: string;
  readonly issuer: DevIdpProcess;
  readonly database: EmbeddedPostgresServer;
  readonly databaseUrl: string;
  /** The node's environment variables (HTTP and DICOM ports are free ports picked here). */
  readonly env: Readonly<Record<string, string>>;
  /** An access token of a demo user (operator-a is node-a's operator). */
  token(user: string): Promise<string>;
  stop(): Promise<void>;
}

/** A node running in this process. */
export interface RunningNode {
  readonly url: string;
  readonly dicomPort: number;
  readonly aeTitle: string;
  readonly app: INestApplication;
  readonly prisma: PrismaService;
  readonly repair: IngestRepairService;
  /** The JSON log lines written so far. */
  readonly logs: string[];
  stop(): Promise<void>;
}

/** Starts PostgreSQL with the node schema, the dev issuer, and writes fresh keys; nothing listens yet. */
export async function prepareNodeEnvironment(
  overrides: Record<string, string> = {},
): Promise<NodeEnvironment> {
  const home = mkdtempSync(path.join(tmpdir(), 'lattice-node-'));
  chmodSync(home, 0o755);
  const database = new EmbeddedPostgresServer({
    dataDir: path.join(home, 'pg'),
    port: await freePort(),
    password: randomBytes(12).toString('hex'),
  });
  let issuer: DevIdpProcess;
  try {
    await database.start();
    await database.ensureDatabase('node');
    await applyMigrations(
      database.connectionUrl('node'),
      path.join(workspaceRoot(), 'prisma', 'node', 'migrations'),
    );
    // A busy shared machine can take a while to start the issuer.
    issuer = await startDevIdp({ readyTimeoutMs: 60_000, signingKeyFile: issuerKeyFile(home) });
  } catch (error) {
    await database.stop();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
  const databaseUrl = database.connectionUrl('node');

  const keys = path.join(home, 'keys');
  mkdirSync(keys, { mode: 0o700 });
  writeKeyFile(path.join(keys, 'pseudonym.key'), generateSecretKey());
  writeKeyFile(path.join(keys, 'vault.key'), generateSecretKey());
  writeKeyFile(path.join(keys, 'signing.key'), generateSigningKey());
  const vaultDir = path.join(home, 'vault');
  const objectsDir = path.join(home, 'objects');
  const env: Record<string, string> = {
    NODE_ID: 'node-a',
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    DICOM_PORT: String(await freePort()),
    DATABASE_URL: databaseUrl,
    // Nothing listens there: the heartbeat fails quietly and retries, as with a center that is down.
    CENTER_URL: `http://127.0.0.1:${await freePort()}`,
    OIDC_ISSUER_URL: issuer.issuerUrl,
    OIDC_JWKS_MIN_INTERVAL_SECONDS: '0',
    OIDC_CLIENT_SECRET: issuer.clientSecrets['node-a'],
    NODE_SIGNING_KEY_FILE: path.join(keys, 'signing.key'),
    PSEUDONYM_KEY_FILE: path.join(keys, 'pseudonym.key'),
    VAULT_KEY_FILE: path.join(keys, 'vault.key'),
    VAULT_DIR: vaultDir,
    STORAGE_DRIVER: 'filesystem',
    STORAGE_FS_ROOT: objectsDir,
    STORAGE_URL_SIGNING_KEY: randomBytes(32).toString('hex'),
    HEARTBEAT_INTERVAL_SECONDS: '60',
    LOG_LEVEL: 'info',
    ...overrides,
  };
  env['PUBLIC_URL'] = `http://127.0.0.1:${env['PORT']}`;
  return {
    home,
    vaultDir,
    objectsDir,
    issuer,
    database,
    databaseUrl,
    env,
    token: async (user) =>
      (
        await requestPasswordGrant({
          issuerUrl: issuer.issuerUrl,
          clientId: 'lattice-cli',
          username: user,
          password: 'lattice',
        })
      ).accessToken,
    stop: async () => {
      await issuer.stop();
      await database.stop();
      rmSync(home, { recursive: true, force: true });
    },
  };
}

/**
 * The issuer's RS256 key, made by OpenSSL and handed to the dev issuer so that it does not generate
 * one: Node 20 can deadlock when a garbage collection finalizes a key-generation job while the new key
 * is exported as a JWK (seen as a dev issuer that never gets ready).
 */
function issuerKeyFile(home: string): string {
  const pem = execFileSync('openssl', ['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const jwk = createPrivateKey(pem).export({ format: 'jwk' });
  const file = path.join(home, 'issuer-signing-key.json');
  writeFileSync(file, JSON.stringify({ ...jwk, alg: 'RS256', use: 'sig' }), { mode: 0o600 });
  return file;
}

/** Starts the node service in this process, as main.ts does, on the environment's ports. */
export async function startNodeInProcess(environment: NodeEnvironment): Promise<RunningNode> {
  const config = loadNodeConfig(environment.env);
  const logs: string[] = [];
  const logger = new JsonLogger(config.NODE_ID, config.LOG_LEVEL, (line) => logs.push(line));
  const app = await startHttpService({
    name: config.NODE_ID,
    module: NodeModule.register(config, logger),
    host: config.HOST,
    port: config.PORT,
    logger,
    openApi: { title: 'node', description: 'test node', version: '0' },
    corsOrigins: config.CORS_ORIGINS,
    configure: (nest) => mountSignedObjectRoute(nest),
  });
  const listener = app.get(DimseListener);
  return {
    url: `http://127.0.0.1:${config.PORT}`,
    dicomPort: listener.port,
    aeTitle: listener.aeTitle,
    app,
    prisma: app.get(PrismaService),
    repair: app.get(IngestRepairService),
    logs,
    stop: () => app.close(),
  };
}
