import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@lattice/auth';

/**
 * The bundle of an app (dist/apps/<app>/main.js), built first when it is missing or older than the
 * sources it is made of (the app and every lib). Concurrent test processes take turns through a lock.
 */
export function ensureAppBuilt(app: 'node' | 'cli'): string {
  const root = workspaceRoot();
  const entry = path.join(root, 'dist', 'apps', app, 'main.js');
  if (!isStale(root, app, entry)) return entry;
  const lock = path.join(root, 'tmp', `${app}-build.lock`);
  mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (existsSync(lock) && Date.now() - statSync(lock).mtimeMs > 300_000)
        rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`timed out waiting for another build of ${app}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (isStale(root, app, entry)) {
      const build = spawnSync(process.execPath, [path.join(root, 'tools', 'build-node-app.cjs'), app], {
        cwd: root,
        encoding: 'utf8',
      });
      if (build.status !== 0) throw new Error(`building ${app} failed:\n${build.stdout}${build.stderr}`);
    }
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
  return entry;
}

function isStale(root: string, app: string, entry: string): boolean {
  if (!existsSync(entry)) return true;
  const built = statSync(entry).mtimeMs;
  const sources = [path.join(root, 'apps', app, 'src'), path.join(root, 'libs')];
  return sources.some((dir) => newestSource(dir) > built);
}

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(full));
    else if (/\.(ts|json)$/.test(entry.name) && !/\.(int-)?spec\.ts$/.test(entry.name)) {
      newest = Math.max(newest, statSync(full).mtimeMs);
    }
  }
  return newest;
}
