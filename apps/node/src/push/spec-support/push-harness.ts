// A node's push worker in-process (its own database, object store and keys) against the real center in a
// child process, both on one embedded PostgreSQL, with the dev issuer's real tokens.
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type DynamicModule, Global, type INestApplication, Module } from '@nestjs/common';
import {
  AuthModule,
  freePort,
  requestPasswordGrant,
  startDevIdp,
  workspaceRoot,
  type DevIdpProcess,
} from '@lattice/auth';
import { loadNodeConfig, type NodeConfig } from '@lattice/config';
import { applyMigrations, EmbeddedPostgresServer } from '@lattice/database';
import { parseDicom, Tags } from '@lattice/dicom';
import { generateSecretKey, generateSigningKey, writeKeyFile } from '@lattice/keys';
import { JsonLogger, ObjectStoreModule, startHttpService } from '@lattice/server-kit';
import { FilesystemObjectStore } from '@lattice/storage';
import pg from 'pg';
import { DatabaseModule } from '../../database/database.module';
import { NODE_CONFIG } from '../../node-config';
import { PushModule } from '../push.module';
import { PushQueueSignal } from '../push-queue-signal';
import { startCenterProcess, type CenterProcess } from './center-process';

export interface PushHarness {
  readonly nodeUrl: string;
  readonly centerUrl: string;
  readonly logs: string[];
  /** The center process's id while it runs. */
  centerPid(): number | undefined;
  readonly node: pg.Pool;
  readonly center: pg.Pool;
  userToken(username: string): Promise<string>;
  /** Puts a stage-1 file in the node's store and queues it, as the ingest side does; returns its UID. */
  enqueue(stage1: Uint8Array): Promise<string>;
  /** Tells the worker new items are waiting, as the ingest side does after its commit. */
  notify(): void;
  killCenter(): Promise<void>;
  startCenter(): Promise<void>;
  stop(): Promise<void>;
}

@Global()
@Module({})
class TestNodeCore {
  static register(config: NodeConfig, logger: JsonLogger): DynamicModule {
    return {
      module: TestNodeCore,
      providers: [
        { provide: NODE_CONFIG, useValue: config },
        { provide: JsonLogger, useValue: logger },
      ],
      exports: [NODE_CONFIG, JsonLogger],
    };
  }
}

export async function startPushHarness(
  options: { concurrency?: number; maxBackoffSeconds?: number } = {},
): Promise<PushHarness> {
  const root = workspaceRoot();
  const idp: DevIdpProcess = await startIssuer();
  const home = mkdtempSync(path.join(tmpdir(), 'lattice-push-'));
  chmodSync(home, 0o755);
  const postgres = new EmbeddedPostgresServer({
    dataDir: path.join(home, 'pg'),
    port: await freePort(),
    password: 'push-test',
  });
  let center: CenterProcess | null = null;
  let app: INestApplication | null = null;
  try {
    return await start();
  } catch (error) {
    // Assigned inside start(), which TypeScript's narrowing does not follow.
    await (app as INestApplication | null)?.close();
    await (center as CenterProcess | null)?.stop();
    await idp.stop();
    await postgres.stop();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }

  async function start(): Promise<PushHarness> {
    await postgres.start();
    for (const db of ['node_a', 'center']) {
      await postgres.ensureDatabase(db);
      await applyMigrations(
        postgres.connectionUrl(db),
        path.join(root, 'prisma', db === 'center' ? 'center' : 'node', 'migrations'),
      );
    }
    const nodePool = new pg.Pool({ connectionString: postgres.connectionUrl('node_a'), max: 4 });
    const centerPool = new pg.Pool({ connectionString: postgres.connectionUrl('center'), max: 2 });

    const centerKey = path.join(home, 'keys', 'center-pseudonym.key');
    writeKeyFile(centerKey, generateSecretKey());
    const signingKey = generateSigningKey();
    const signingKeyFile = path.join(home, 'keys', 'node-a-signing.key');
    writeKeyFile(signingKeyFile, signingKey);

    const centerPort = await freePort();
    const centerEnv = {
      HOST: '127.0.0.1',
      PORT: String(centerPort),
      PUBLIC_URL: `http://127.0.0.1:${centerPort}`,
      DATABASE_URL: postgres.connectionUrl('center'),
      OIDC_ISSUER_URL: idp.issuerUrl,
      OIDC_JWKS_MIN_INTERVAL_SECONDS: '0',
      PSEUDONYM_KEY_FILE: centerKey,
      STORAGE_DRIVER: 'filesystem',
      STORAGE_FS_ROOT: path.join(home, 'center-objects'),
      STORAGE_URL_SIGNING_KEY: 'push-test-center-url-signing-key-0123',
      // Info: the ready line the start waits for is an info event.
      LOG_LEVEL: 'info',
    };
    center = await startCenterProcess(centerEnv);

    const userToken = async (username: string) =>
      (
        await requestPasswordGrant({
          issuerUrl: idp.issuerUrl,
          clientId: 'lattice-cli',
          username,
          password: 'lattice',
        })
      ).accessToken;
    const enrolled = await fetch(`${center.url}/api/nodes`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await userToken('admin')}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        id: 'node-a',
        displayName: 'Node A',
        hospital: 'Hospital A',
        publicKey: signingKey.publicKeyBase64,
      }),
    });
    if (enrolled.status !== 201) throw new Error(`enrolling node-a failed: ${enrolled.status}`);

    const nodePort = await freePort();
    const config = loadNodeConfig({
      NODE_ID: 'node-a',
      HOST: '127.0.0.1',
      PORT: String(nodePort),
      PUBLIC_URL: `http://127.0.0.1:${nodePort}`,
      DATABASE_URL: postgres.connectionUrl('node_a'),
      CENTER_URL: center.url,
      OIDC_ISSUER_URL: idp.issuerUrl,
      OIDC_JWKS_MIN_INTERVAL_SECONDS: '0',
      OIDC_CLIENT_SECRET: idp.clientSecrets['node-a'],
      NODE_SIGNING_KEY_FILE: signingKeyFile,
      PSEUDONYM_KEY_FILE: path.join(home, 'keys', 'unused-hospital.key'),
      VAULT_KEY_FILE: path.join(home, 'keys', 'unused-vault.key'),
      STORAGE_DRIVER: 'filesystem',
      STORAGE_FS_ROOT: path.join(home, 'node-objects'),
      STORAGE_URL_SIGNING_KEY: 'push-test-node-url-signing-key-012345',
      PUSH_CONCURRENCY: String(options.concurrency ?? 4),
      PUSH_MAX_BACKOFF_SECONDS: String(options.maxBackoffSeconds ?? 2),
      LOG_LEVEL: 'info',
    });
    const logs: string[] = [];
    const logger = new JsonLogger('node-a', 'info', (line) => logs.push(line));

    @Module({
      imports: [
        TestNodeCore.register(config, logger),
        DatabaseModule,
        AuthModule.forRoot({ issuerUrl: config.OIDC_ISSUER_URL, jwksMinIntervalSeconds: 0 }),
        ObjectStoreModule.register(config, config.PUBLIC_URL),
        PushModule,
      ],
    })
    class PushTestModule {}

    const started: INestApplication = await startHttpService({
      name: 'node-a',
      module: PushTestModule,
      host: config.HOST,
      port: config.PORT,
      logger,
      openApi: { title: 'node-a', description: 'test', version: '0' },
    });
    const store = new FilesystemObjectStore({
      root: config.STORAGE_FS_ROOT,
      publicBaseUrl: config.PUBLIC_URL,
      signingKey: config.STORAGE_URL_SIGNING_KEY ?? '',
    });
    app = started;
    const signal = started.get(PushQueueSignal);
    const centerUrl = center.url;

    return {
      nodeUrl: config.PUBLIC_URL,
      centerUrl,
      logs,
      node: nodePool,
      center: centerPool,
      userToken,
      async enqueue(stage1) {
        const stored = await store.put(stage1, { contentType: 'application/dicom' });
        const { dataset } = parseDicom(stage1);
        const uid = dataset.getString(Tags.SOPInstanceUID) ?? '';
        const client = await nodePool.connect();
        try {
          await client.query('BEGIN');
          await client.query(
            `INSERT INTO instances (sop_instance_uid, study_instance_uid, series_instance_uid, sop_class_uid, pseudonym,
             modality, transfer_syntax_uid, object_key, byte_length, pixel_action, profile, options, received_via)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'unchanged', 'research-default', '{}', 'stow')`,
            [
              uid,
              dataset.getString(Tags.StudyInstanceUID) ?? '',
              dataset.getString(Tags.SeriesInstanceUID) ?? '',
              dataset.getString(Tags.SOPClassUID) ?? '',
              dataset.getString(Tags.PatientID) ?? '',
              dataset.getString(Tags.Modality) ?? null,
              '1.2.840.10008.1.2.1',
              stored.key,
              stage1.byteLength,
            ],
          );
          await client.query('INSERT INTO push_items (sop_instance_uid) VALUES ($1)', [uid]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        } finally {
          client.release();
        }
        return uid;
      },
      notify: () => signal.notify(),
      centerPid: () => center?.pid,
      async killCenter() {
        await center?.kill();
        center = null;
      },
      async startCenter() {
        center = await startCenterProcess(centerEnv);
      },
      async stop() {
        await started.close();
        await center?.stop();
        await nodePool.end();
        await centerPool.end();
        await idp.stop();
        await postgres.stop();
        rmSync(home, { recursive: true, force: true });
      },
    };
  }
}

/** SHA-256 of bytes, lower-case hex. */
export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * The dev issuer with a signing key file kept under tmp/ and reused: generating its RSA key can deadlock
 * Node 20 (generateKeyPairSync meeting a garbage collection), so it is generated once, with retries.
 */
async function startIssuer(): Promise<DevIdpProcess> {
  const signingKeyFile = path.join(workspaceRoot(), 'tmp', 'test-dev-idp-signing-key.json');
  mkdirSync(path.dirname(signingKeyFile), { recursive: true });
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await startDevIdp({ signingKeyFile, readyTimeoutMs: 10_000 });
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
}
