import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { requestPasswordGrant } from '@lattice/auth';
import type { LauncherConfig } from '@lattice/config';
import { databaseName, EmbeddedPostgresServer, ensureDatabase, serviceDatabaseUrl } from '@lattice/database';
import { seedDemoData, type DemoSeedOutcome } from './demo-data';
import { portsInUse } from './port-check';
import {
  EMBEDDED_NODES,
  ensureSecretKeyFile,
  loadOrCreateSecrets,
  loadOrCreateSigningKey,
  type EmbeddedNodeId,
} from './platform-secrets';
import { SupervisedProcess, type ServiceLine } from './supervised-process';

const HOST = '127.0.0.1';
const READY_TIMEOUT_MS = 90_000;

/** Where the running platform can be reached. */
export interface PlatformUrls {
  readonly portal: string;
  readonly center: string;
  readonly issuer: string;
  readonly nodes: Readonly<Record<EmbeddedNodeId, string>>;
  readonly apiDocs: string;
}

/** What the launcher tells its user; the CLI prints it, the test harness collects it. */
export interface PlatformOutput {
  status(message: string): void;
  serviceLine(line: ServiceLine): void;
  crash(service: string, code: number | null, recentLines: readonly string[], logFile: string): void;
}

export interface StartPlatformOptions {
  readonly config: LauncherConfig;
  /** The repository root: dist/ bundles and prisma/ migrations are found from here. */
  readonly root: string;
  readonly output: PlatformOutput;
}

export interface RunningPlatform {
  readonly urls: PlatformUrls;
  readonly home: string;
  /**
   * The demo data being sent to the nodes (LATTICE_DEMO_DATA): settles once every node was seeded, or
   * at once with an empty list when demo data is off. Never rejects.
   */
  readonly demoData: Promise<DemoSeedOutcome[]>;
  /** The supervised services, in start order. */
  services(): { name: string; pid: number | undefined; running: boolean }[];
  /** Stops every service, then the embedded database. Safe to call twice. */
  stop(): Promise<void>;
  /** Forced exit: kills every service at once and asks PostgreSQL for an immediate shutdown. */
  kill(): void;
}

/** The AE title of an embedded node's DICOM listener: NODE_A, NODE_B. */
function dicomAeTitle(nodeId: EmbeddedNodeId): string {
  return nodeId.toUpperCase().replace(/-/g, '_');
}

const DEMO_NODES: Record<EmbeddedNodeId, { displayName: string; hospital: string }> = {
  'node-a': { displayName: 'Node A', hospital: 'Demo Hospital A' },
  'node-b': { displayName: 'Node B', hospital: 'Demo Hospital B' },
};

/**
 * Starts the embedded platform: PostgreSQL (unless a server is configured), the identity provider,
 * the center, both nodes and the portal, each a supervised process; enrolls the demo nodes on first
 * start. Rejects (after stopping whatever started) when any part fails to come up.
 */
export async function startPlatform(options: StartPlatformOptions): Promise<RunningPlatform> {
  const { config, root, output } = options;
  const home = path.resolve(root, config.LATTICE_HOME);
  const logs = path.join(home, 'logs');
  mkdirSync(logs, { recursive: true, mode: 0o700 });
  const secrets = loadOrCreateSecrets(home);
  const urls: PlatformUrls = {
    portal: `http://${HOST}:${config.LATTICE_PORTAL_PORT}`,
    center: `http://${HOST}:${config.LATTICE_CENTER_PORT}`,
    issuer: `http://${HOST}:${config.LATTICE_IDP_PORT}/realms/lattice`,
    nodes: {
      'node-a': `http://${HOST}:${config.LATTICE_NODE_A_PORT}`,
      'node-b': `http://${HOST}:${config.LATTICE_NODE_B_PORT}`,
    },
    apiDocs: `http://${HOST}:${config.LATTICE_CENTER_PORT}/api/docs`,
  };
  const wanted: Record<string, number> = {
    LATTICE_IDP_PORT: config.LATTICE_IDP_PORT,
    LATTICE_CENTER_PORT: config.LATTICE_CENTER_PORT,
    LATTICE_NODE_A_PORT: config.LATTICE_NODE_A_PORT,
    LATTICE_NODE_B_PORT: config.LATTICE_NODE_B_PORT,
    LATTICE_PORTAL_PORT: config.LATTICE_PORTAL_PORT,
    LATTICE_NODE_A_DICOM_PORT: config.LATTICE_NODE_A_DICOM_PORT,
    LATTICE_NODE_B_DICOM_PORT: config.LATTICE_NODE_B_DICOM_PORT,
    ...(config.DATABASE_URL ? {} : { LATTICE_POSTGRES_PORT: config.LATTICE_POSTGRES_PORT }),
  };
  const busy = await portsInUse(wanted, HOST);
  if (busy.length > 0) throw new Error(`cannot start: ${busy.join('; ')}`);
  const processes: SupervisedProcess[] = [];
  let database: EmbeddedPostgresServer | null = null;
  let stopped = false;

  const stop = async (): Promise<void> => {
    if (stopped) return;
    stopped = true;
    for (const service of [...processes].reverse()) await service.stop();
    if (database) {
      output.status('stopping embedded PostgreSQL');
      await database.stop();
    }
  };

  const launch = (
    name: string,
    entry: string,
    env: Record<string, string>,
    readyPath: string,
    port: number,
  ): SupervisedProcess => {
    const service = new SupervisedProcess(
      {
        name,
        entry: path.join(root, entry),
        env: { ...process.env, ...env } as Record<string, string>,
        readyUrl: `http://${HOST}:${port}${readyPath}`,
        logFile: path.join(logs, `${name}.log`),
        cwd: root,
      },
      (line) => output.serviceLine(line),
      (crashed, code, recent) => output.crash(crashed, code, recent, path.join(logs, `${crashed}.log`)),
    );
    processes.push(service);
    service.start();
    return service;
  };

  try {
    const databaseUrls = await prepareDatabases(config, home, secrets.postgresPassword, output, (server) => {
      database = server;
    });

    output.status('starting identity provider');
    const signingKeys = Object.fromEntries(
      EMBEDDED_NODES.map((node) => [node, loadOrCreateSigningKey(home, node)]),
    );
    const portalOrigins = [
      `http://${HOST}:${config.LATTICE_PORTAL_PORT}`,
      `http://localhost:${config.LATTICE_PORTAL_PORT}`,
    ];
    const idp = launch(
      'dev-idp',
      'dist/apps/dev-idp/main.js',
      {
        PORT: String(config.LATTICE_IDP_PORT),
        HOST,
        PUBLIC_URL: `http://${HOST}:${config.LATTICE_IDP_PORT}`,
        PORTAL_REDIRECT_URIS: portalOrigins.map((origin) => `${origin}/callback`).join(','),
        NODE_A_CLIENT_SECRET: secrets.nodeClientSecrets['node-a'] ?? '',
        NODE_B_CLIENT_SECRET: secrets.nodeClientSecrets['node-b'] ?? '',
        SIGNING_KEY_FILE: path.join(home, 'keys', 'dev-idp-signing.jwk'),
      },
      '/realms/lattice/.well-known/openid-configuration',
      config.LATTICE_IDP_PORT,
    );
    await idp.waitUntilReady(READY_TIMEOUT_MS);

    output.status('starting center and nodes');
    const shared = { HOST, OIDC_ISSUER_URL: urls.issuer, STORAGE_DRIVER: 'filesystem' };
    const center = launch(
      'center',
      'dist/apps/center/main.js',
      {
        ...shared,
        PORT: String(config.LATTICE_CENTER_PORT),
        PUBLIC_URL: urls.center,
        DATABASE_URL: databaseUrls.center,
        CORS_ORIGINS: portalOrigins.join(','),
        STORAGE_FS_ROOT: path.join(home, 'objects', 'center'),
        STORAGE_URL_SIGNING_KEY: secrets.storageSigningKeys.center ?? '',
        PSEUDONYM_KEY_FILE: ensureSecretKeyFile(home, 'center-pseudonym'),
      },
      '/health/ready',
      config.LATTICE_CENTER_PORT,
    );
    const nodePorts: Record<EmbeddedNodeId, number> = {
      'node-a': config.LATTICE_NODE_A_PORT,
      'node-b': config.LATTICE_NODE_B_PORT,
    };
    const dicomPorts: Record<EmbeddedNodeId, number> = {
      'node-a': config.LATTICE_NODE_A_DICOM_PORT,
      'node-b': config.LATTICE_NODE_B_DICOM_PORT,
    };
    const nodes = EMBEDDED_NODES.map((nodeId) =>
      launch(
        nodeId,
        'dist/apps/node/main.js',
        {
          ...shared,
          NODE_ID: nodeId,
          PORT: String(nodePorts[nodeId]),
          PUBLIC_URL: urls.nodes[nodeId],
          DATABASE_URL: databaseUrls[nodeId],
          CENTER_URL: urls.center,
          OIDC_CLIENT_SECRET: secrets.nodeClientSecrets[nodeId] ?? '',
          NODE_SIGNING_KEY_FILE: signingKeys[nodeId]?.file ?? '',
          STORAGE_FS_ROOT: path.join(home, 'objects', nodeId),
          STORAGE_URL_SIGNING_KEY: secrets.storageSigningKeys[nodeId] ?? '',
          CORS_ORIGINS: portalOrigins.join(','),
          DICOM_AE_TITLE: dicomAeTitle(nodeId),
          DICOM_PORT: String(dicomPorts[nodeId]),
          PSEUDONYM_KEY_FILE: ensureSecretKeyFile(home, `${nodeId}-pseudonym`),
          VAULT_KEY_FILE: ensureSecretKeyFile(home, `${nodeId}-vault`),
          VAULT_DIR: path.join(home, 'vault', nodeId),
        },
        '/health/ready',
        nodePorts[nodeId],
      ),
    );
    await center.waitUntilReady(READY_TIMEOUT_MS);
    await enrollDemoNodes(urls, signingKeys, output);
    await Promise.all(nodes.map((node) => node.waitUntilReady(READY_TIMEOUT_MS)));

    output.status('starting portal');
    const portal = launch(
      'portal',
      'dist/apps/portal/server/main.js',
      {
        PORT: String(config.LATTICE_PORTAL_PORT),
        HOST,
        OIDC_ISSUER_URL: urls.issuer,
        CENTER_URL: urls.center,
        NODE_URLS: EMBEDDED_NODES.map((nodeId) => `${nodeId}=${urls.nodes[nodeId]}`).join(','),
      },
      '/health/live',
      config.LATTICE_PORTAL_PORT,
    );
    await portal.waitUntilReady(READY_TIMEOUT_MS);
    // Seeding runs behind the ready platform: the portal is usable while the studies travel.
    const demoData = config.LATTICE_DEMO_DATA
      ? seedDemoData(
          home,
          EMBEDDED_NODES.map((nodeId) => ({
            nodeId,
            dicomPort: dicomPorts[nodeId],
            calledAeTitle: dicomAeTitle(nodeId),
          })),
        ).catch((error: unknown) =>
          EMBEDDED_NODES.map((nodeId) => ({
            nodeId,
            state: 'failed' as const,
            studies: 0,
            images: 0,
            refused: 0,
            detail: error instanceof Error ? error.message : String(error),
          })),
        )
      : Promise.resolve([]);
    const services = () =>
      processes.map((service) => ({ name: service.spec.name, pid: service.pid, running: service.running }));
    const kill = () => {
      for (const service of processes) service.kill();
      (database as EmbeddedPostgresServer | null)?.kill();
    };
    return { urls, home, stop, kill, services, demoData };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function prepareDatabases(
  config: LauncherConfig,
  home: string,
  password: string,
  output: PlatformOutput,
  started: (server: EmbeddedPostgresServer) => void,
): Promise<Record<'center' | EmbeddedNodeId, string>> {
  const explicit = {
    center: config.CENTER_DATABASE_URL,
    'node-a': config.NODE_A_DATABASE_URL,
    'node-b': config.NODE_B_DATABASE_URL,
  };
  if (config.DATABASE_URL || Object.values(explicit).every(Boolean)) {
    const server = config.DATABASE_URL;
    const urls = {
      center: explicit.center ?? serviceDatabaseUrl(server ?? '', 'center'),
      'node-a': explicit['node-a'] ?? serviceDatabaseUrl(server ?? '', 'node-a'),
      'node-b': explicit['node-b'] ?? serviceDatabaseUrl(server ?? '', 'node-b'),
    };
    if (server) {
      output.status('using the PostgreSQL server from DATABASE_URL');
      for (const url of Object.values(urls)) await ensureDatabase(server, databaseName(url));
    }
    return urls;
  }
  output.status('starting embedded PostgreSQL');
  const server = new EmbeddedPostgresServer({
    dataDir: path.join(home, 'postgres'),
    port: config.LATTICE_POSTGRES_PORT,
    password,
  });
  await server.start();
  started(server);
  const names = { center: 'lattice_center', 'node-a': 'lattice_node_a', 'node-b': 'lattice_node_b' } as const;
  for (const name of Object.values(names)) await server.ensureDatabase(name);
  return {
    center: server.connectionUrl(names.center),
    'node-a': server.connectionUrl(names['node-a']),
    'node-b': server.connectionUrl(names['node-b']),
  };
}

/**
 * The embedded platform enrolls its two demo nodes through the center's own API, as the demo admin
 * would; a node whose local key changed (a wiped key folder) gets its new key enrolled.
 */
async function enrollDemoNodes(
  urls: PlatformUrls,
  signingKeys: Record<string, { key: { kid: string; publicKeyBase64: string } }>,
  output: PlatformOutput,
): Promise<void> {
  const token = await requestPasswordGrant({
    issuerUrl: urls.issuer,
    clientId: 'lattice-cli',
    username: 'admin',
    password: 'lattice',
  });
  const headers = { authorization: `Bearer ${token.accessToken}`, 'content-type': 'application/json' };
  const listed = await fetch(`${urls.center}/api/nodes`, { headers });
  if (!listed.ok) throw new Error(`could not list enrolled nodes at the center (HTTP ${listed.status})`);
  const { nodes } = (await listed.json()) as { nodes: { id: string; keyId: string }[] };
  for (const nodeId of EMBEDDED_NODES) {
    const key = signingKeys[nodeId]?.key;
    if (!key) continue;
    const enrolled = nodes.find((node) => node.id === nodeId);
    let response: Response | null = null;
    if (!enrolled) {
      response = await fetch(`${urls.center}/api/nodes`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ id: nodeId, ...DEMO_NODES[nodeId], publicKey: key.publicKeyBase64 }),
      });
      output.status(`enrolled ${nodeId} at the center`);
    } else if (enrolled.keyId !== key.kid) {
      response = await fetch(`${urls.center}/api/nodes/${nodeId}/key`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ publicKey: key.publicKeyBase64 }),
      });
      output.status(`enrolled the new signing key of ${nodeId}`);
    }
    if (response && !response.ok)
      throw new Error(`could not enroll ${nodeId} at the center (HTTP ${response.status})`);
  }
}
