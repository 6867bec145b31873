// Starts the built dev issuer (dist/apps/dev-idp/main.js) as a child process for tests and local
// tooling. Jest cannot load oidc-provider in-process, so the issuer always runs on its own.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** A running dev issuer. */
export interface DevIdpProcess {
  /** Base URL, e.g. http://127.0.0.1:41234. */
  readonly url: string;
  /** Realm URL, `<url>/realms/lattice`. */
  readonly issuerUrl: string;
  readonly signingKeyFile: string;
  /** The client secrets the issuer was started with. */
  readonly clientSecrets: { readonly 'node-a': string; readonly 'node-b': string };
  /** Everything the process printed so far, stdout and stderr. */
  output(): string;
  /** Sends SIGTERM and resolves with the exit code. */
  stop(): Promise<number | null>;
}

/** How to start the issuer; everything has a test-friendly default. */
export interface StartDevIdpOptions {
  /** Reuse a key file, e.g. to check tokens survive a restart. A temporary one otherwise. */
  signingKeyFile?: string;
  accessTokenTtlSeconds?: number;
  portalRedirectUris?: readonly string[];
  /** Extra or replacement environment variables. */
  env?: Readonly<Record<string, string>>;
  /** Listen on this port (e.g. to restart on the same URL); a free one otherwise. */
  port?: number;
  /** Milliseconds to wait for the ready line (default 20 000). */
  readyTimeoutMs?: number;
}

/** The workspace root: the nearest folder upwards holding tools/build-node-app.cjs. */
export function workspaceRoot(from: string = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'tools', 'build-node-app.cjs'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cannot find the workspace root (tools/build-node-app.cjs)');
    dir = parent;
  }
  return dir;
}

/** Path of the built issuer, building it first when it is missing or older than its sources. */
export function ensureDevIdpBuilt(root: string = workspaceRoot()): string {
  const entry = join(root, 'dist', 'apps', 'dev-idp', 'main.js');
  if (!isStale(root, entry)) return entry;
  const lock = join(root, 'tmp', 'dev-idp-build.lock');
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const deadline = Date.now() + 180_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another test process is building; a lock older than five minutes is abandoned.
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another build of dev-idp');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (isStale(root, entry)) {
      const build = spawnSync(process.execPath, [join(root, 'tools', 'build-node-app.cjs'), 'dev-idp'], {
        cwd: root,
        encoding: 'utf8',
      });
      if (build.status !== 0) throw new Error(`building dev-idp failed:\n${build.stdout}${build.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return entry;
}

function isStale(root: string, entry: string): boolean {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  const sources = [join(root, 'apps', 'dev-idp', 'src'), join(root, 'libs', 'config', 'src')];
  return sources.some((dir) => newestSourceMtime(dir) > built);
}

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSourceMtime(path));
    else if (entry.name.endsWith('.ts') && !/\.(int-)?spec\.ts$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** A TCP port that was free a moment ago (the issuer needs to know its URL before it listens). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the dev issuer on a free port with fresh client secrets and waits until it is ready. */
export async function startDevIdp(options: StartDevIdpOptions = {}): Promise<DevIdpProcess> {
  const root = workspaceRoot();
  const entry = ensureDevIdpBuilt(root);
  const ownKeyDir = options.signingKeyFile ? undefined : mkdtempSync(join(tmpdir(), 'lattice-dev-idp-'));
  const signingKeyFile = options.signingKeyFile ?? join(ownKeyDir as string, 'signing-key.json');
  const clientSecrets = {
    'node-a': randomBytes(24).toString('base64url'),
    'node-b': randomBytes(24).toString('base64url'),
  };

  for (let attempt = 1; ; attempt += 1) {
    const port = options.port ?? (await freePort());
    const url = `http://127.0.0.1:${port}`;
    const env: Record<string, string> = {
      PATH: process.env['PATH'] ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: url,
      NODE_A_CLIENT_SECRET: clientSecrets['node-a'],
      NODE_B_CLIENT_SECRET: clientSecrets['node-b'],
      SIGNING_KEY_FILE: signingKeyFile,
      ACCESS_TOKEN_TTL_SECONDS: String(options.accessTokenTtlSeconds ?? 300),
      ...(options.portalRedirectUris ? { PORTAL_REDIRECT_URIS: options.portalRedirectUris.join(',') } : {}),
      ...options.env,
    };
    const child = spawn(process.execPath, [entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
    const outcome = await waitForReady(child, () => output, options.readyTimeoutMs ?? 20_000);
    if (outcome === 'ready') {
      return {
        url,
        issuerUrl: `${url}/realms/lattice`,
        signingKeyFile,
        clientSecrets,
        output: () => output,
        stop: async () => {
          const code = await stopChild(child);
          if (ownKeyDir) rmSync(ownKeyDir, { recursive: true, force: true });
          return code;
        },
      };
    }
    // Someone took the port between probing and listening: try another.
    if (outcome === 'port-taken' && options.port === undefined && attempt < 3) continue;
    await stopChild(child);
    if (ownKeyDir) rmSync(ownKeyDir, { recursive: true, force: true });
    throw new Error(`dev-idp did not start (${outcome}):\n${output}`);
  }
}

function waitForReady(
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<'ready' | 'port-taken' | 'exited' | 'timeout'> {
  return new Promise((resolve) => {
    const check = () => {
      if (/^\{"event":"ready"/m.test(output())) finish('ready');
    };
    const onExit = () =>
      finish(/"listen_failed","code":"EADDRINUSE"/.test(output()) ? 'port-taken' : 'exited');
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    const finish = (result: 'ready' | 'port-taken' | 'exited' | 'timeout') => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.off('exit', onExit);
      resolve(result);
    };
    child.stdout?.on('data', check);
    child.once('exit', onExit);
  });
}

function stopChild(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}
