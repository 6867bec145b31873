// The center in-process on free ports with an embedded PostgreSQL, a temporary object store and keys, and
// the dev issuer for real tokens; nodes node-a and node-b enrolled with fresh signing keys.
import { chmodSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import {
  ClientCredentialsTokenSource,
  freePort,
  requestPasswordGrant,
  startDevIdp,
  type DevIdpProcess,
  workspaceRoot,
} from '@lattice/auth';
import { loadCenterConfig, type CenterConfig } from '@lattice/config';
import { applyMigrations, EmbeddedPostgresServer } from '@lattice/database';
import { signRequest } from '@lattice/federation';
import { generateSecretKey, generateSigningKey, writeKeyFile, type SigningKey } from '@lattice/keys';
import { JsonLogger, mountSignedObjectRoute, startHttpService } from '@lattice/server-kit';
import pg from 'pg';
import { mapCenterError } from '../../center-errors';
import { CenterModule } from '../../center.module';

export type NodeId = 'node-a' | 'node-b';

export interface CenterHarness {
  readonly url: string;
  readonly config: CenterConfig;
  readonly signingKeys: Record<NodeId, SigningKey>;
  /** Every log line the center wrote. */
  readonly logs: string[];
  /** An access token of a demo user (admin, steward, researcher, operator-a, ...). */
  userToken(username: string): Promise<string>;
  nodeToken(nodeId: NodeId): Promise<string>;
  /** PUTs a body to /api/nodes/{pathNode}/instances/{sha256}, signed with `signer`'s key unless told otherwise. */
  deliver(options: DeliverOptions): Promise<Response>;
  query<T extends Record<string, unknown>>(sql: string, values?: unknown[]): Promise<T[]>;
  stop(): Promise<void>;
}

export interface DeliverOptions {
  readonly body: Uint8Array;
  readonly as: NodeId;
  readonly pathNode?: NodeId;
  readonly signer?: NodeId | null;
  readonly sha256?: string;
  readonly contentType?: string;
}

/** Starts the whole center for a test file; call stop() in afterAll. */
export async function startCenterHarness(
  options: { maxInstanceBytes?: number } = {},
): Promise<CenterHarness> {
  const home = mkdtempSync(path.join(tmpdir(), 'lattice-center-'));
  chmodSync(home, 0o755);
  const postgres = new EmbeddedPostgresServer({
    dataDir: path.join(home, 'pg'),
    port: await freePort(),
    password: 'center-test',
  });
  let idp: DevIdpProcess | undefined;
  let app: INestApplication | undefined;
  const pool = new pg.Pool({ connectionString: postgres.connectionUrl('center'), max: 2 });
  try {
    idp = await startIssuer();
    await postgres.start();
    await postgres.ensureDatabase('center');
    await applyMigrations(
      postgres.connectionUrl('center'),
      path.join(workspaceRoot(), 'prisma', 'center', 'migrations'),
    );
    const keyFile = path.join(home, 'keys', 'center-pseudonym.key');
    writeKeyFile(keyFile, generateSecretKey());
    const port = await freePort();
    const config = loadCenterConfig({
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      DATABASE_URL: postgres.connectionUrl('center'),
      OIDC_ISSUER_URL: idp.issuerUrl,
      OIDC_JWKS_MIN_INTERVAL_SECONDS: '0',
      PSEUDONYM_KEY_FILE: keyFile,
      STORAGE_DRIVER: 'filesystem',
      STORAGE_FS_ROOT: path.join(home, 'objects'),
      STORAGE_URL_SIGNING_KEY: 'center-test-url-signing-key-0123456789',
      LOG_LEVEL: 'info',
      ...(options.maxInstanceBytes ? { INGEST_MAX_INSTANCE_BYTES: String(options.maxInstanceBytes) } : {}),
    });
    const logs: string[] = [];
    const logger = new JsonLogger('center', 'info', (line) => logs.push(line));
    app = await startHttpService({
      name: 'center',
      module: CenterModule.register(config, logger),
      host: config.HOST,
      port: config.PORT,
      logger,
      mapDomainError: mapCenterError,
      openApi: { title: 'center', description: 'test', version: '0' },
      configure: (nest) => mountSignedObjectRoute(nest),
    });
    const url = config.PUBLIC_URL;
    const issuer = idp;
    const userTokens = new Map<string, Promise<string>>();
    const userToken = (username: string) => {
      let token = userTokens.get(username);
      if (!token) {
        token = requestPasswordGrant({
          issuerUrl: issuer.issuerUrl,
          clientId: 'lattice-cli',
          username,
          password: 'lattice',
        }).then((response) => response.accessToken);
        userTokens.set(username, token);
      }
      return token;
    };
    const nodeTokens: Record<NodeId, ClientCredentialsTokenSource> = {
      'node-a': new ClientCredentialsTokenSource({
        issuerUrl: issuer.issuerUrl,
        clientId: 'node-a',
        clientSecret: issuer.clientSecrets['node-a'],
      }),
      'node-b': new ClientCredentialsTokenSource({
        issuerUrl: issuer.issuerUrl,
        clientId: 'node-b',
        clientSecret: issuer.clientSecrets['node-b'],
      }),
    };
    const signingKeys: Record<NodeId, SigningKey> = {
      'node-a': generateSigningKey(),
      'node-b': generateSigningKey(),
    };
    const admin = await userToken('admin');
    for (const id of ['node-a', 'node-b'] as const) {
      const enrolled = await fetch(`${url}/api/nodes`, {
        method: 'POST',
        headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          id,
          displayName: id,
          hospital: `Hospital ${id}`,
          publicKey: signingKeys[id].publicKeyBase64,
        }),
      });
      if (enrolled.status !== 201)
        throw new Error(`enrolling ${id} failed: ${enrolled.status} ${await enrolled.text()}`);
    }
    const started = app;
    return {
      url,
      config,
      signingKeys,
      logs,
      userToken,
      nodeToken: (id) => nodeTokens[id].getAccessToken(),
      async deliver({ body, as, pathNode = as, signer = as, sha256, contentType = 'application/dicom' }) {
        const hash = sha256 ?? (await import('node:crypto')).createHash('sha256').update(body).digest('hex');
        const requestPath = `/api/nodes/${pathNode}/instances/${hash}`;
        const signature =
          signer === null
            ? {}
            : signRequest(
                { method: 'PUT', path: requestPath, body },
                { nodeId: as, keyId: signingKeys[signer].kid, privateKey: signingKeys[signer].privateKey },
              );
        return fetch(`${url}${requestPath}`, {
          method: 'PUT',
          headers: {
            ...signature,
            authorization: `Bearer ${await nodeTokens[as].getAccessToken()}`,
            'content-type': contentType,
          },
          body,
        });
      },
      async query(sql, values = []) {
        return (await pool.query(sql, values)).rows;
      },
      async stop() {
        await started.close();
        await pool.end();
        await issuer.stop();
        await postgres.stop();
        rmSync(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app?.close();
    await pool.end();
    await idp?.stop();
    await postgres.stop();
    rmSync(home, { recursive: true, force: true });
    throw error;
  }
}

/** A multipart/related body split into its parts (headers and bytes). */
export function parseMultipart(
  body: Buffer,
  contentType: string,
): { headers: Record<string, string>; bytes: Buffer }[] {
  const boundary = /boundary=("?)([^";]+)\1/.exec(contentType)?.[2];
  if (!boundary) throw new Error('no boundary in the content type');
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: { headers: Record<string, string>; bytes: Buffer }[] = [];
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (body.subarray(start, start + 2).toString() === '--') break;
    const next = body.indexOf(delimiter, start);
    const part = body.subarray(start + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const headers = Object.fromEntries(
      part
        .subarray(0, split)
        .toString('latin1')
        .split('\r\n')
        .map((line) => [
          line.slice(0, line.indexOf(':')).toLowerCase(),
          line.slice(line.indexOf(':') + 1).trim(),
        ]),
    );
    parts.push({ headers, bytes: part.subarray(split + 4) });
    at = next;
  }
  return parts;
}

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
