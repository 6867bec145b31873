// The center as its built bundle (dist/apps/center/main.js) in a child process, built first when missing or
// older than its sources, so a test can stop it hard and start it again on the same port and data.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from '@lattice/auth';

/** A running center process. */
export interface CenterProcess {
  readonly url: string;
  readonly pid: number | undefined;
  output(): string;
  /** SIGKILL: the center dies mid-request, as in a crash or power loss. */
  kill(): Promise<void>;
  stop(): Promise<void>;
}

/** Builds dist/apps/center when it is missing or older than the center's and the libraries' sources. */
export function ensureCenterBuilt(root: string = workspaceRoot()): string {
  const entry = join(root, 'dist', 'apps', 'center', 'main.js');
  if (!isStale(root, entry)) return entry;
  const lock = join(root, 'tmp', 'center-build.lock');
  mkdirSync(join(root, 'tmp'), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another build of the center');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (isStale(root, entry)) {
      const build = spawnSync(process.execPath, [join(root, 'tools', 'build-node-app.cjs'), 'center'], {
        cwd: root,
        encoding: 'utf8',
      });
      if (build.status !== 0) throw new Error(`building the center failed:\n${build.stdout}${build.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return entry;
}

function isStale(root: string, entry: string): boolean {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  const sources = [
    join(root, 'apps', 'center', 'src'),
    ...readdirSync(join(root, 'libs')).map((lib) => join(root, 'libs', lib, 'src')),
  ];
  return sources.some((dir) => existsSync(dir) && newestSource(dir) > built);
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (/\.(ts|json)$/.test(entry.name) && !/\.(int-)?spec\.ts$/.test(entry.name))
      newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

/** Starts the built center with this environment and waits for its ready line. */
export async function startCenterProcess(
  env: Record<string, string>,
  timeoutMs = 60_000,
): Promise<CenterProcess> {
  const root = workspaceRoot();
  const entry = ensureCenterBuilt(root);
  const child = spawn(process.execPath, [entry], {
    cwd: root,
    env: { PATH: process.env['PATH'] ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => finish(new Error(`the center did not start:\n${output}`)), timeoutMs);
    const check = () => {
      if (/"event":"ready"/.test(output)) finish();
    };
    const onExit = () => finish(new Error(`the center exited during start:\n${output}`));
    const finish = (error?: Error) => {
      clearTimeout(timer);
      child.stdout?.off('data', check);
      child.off('exit', onExit);
      if (error) {
        child.kill('SIGKILL');
        reject(error);
      } else resolve();
    };
    child.stdout?.on('data', check);
    child.once('exit', onExit);
  });
  return {
    url: `http://${env['HOST']}:${env['PORT']}`,
    pid: child.pid,
    output: () => output,
    kill: () => stopChild(child, 'SIGKILL'),
    stop: () => stopChild(child, 'SIGTERM'),
  };
}

function stopChild(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}
