import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** Where a private build of the services under test lives. */
export interface SmokeBuild {
  readonly devIdpMain: string;
  readonly portalServerMain: string;
}

/**
 * Builds the dev-idp and the portal (browser app and server) into `outDir`, with the same commands as
 * their build targets. A private folder keeps parallel test runs from replacing each other's bundles;
 * it must sit inside the repository so the bundles resolve node_modules.
 */
export function buildForSmokeTest(root: string, outDir: string): SmokeBuild {
  const devIdpDir = path.join(outDir, 'dev-idp');
  const portalDir = path.join(outDir, 'portal');
  run(root, 'dev-idp bundle', [path.join(root, 'tools/build-node-app.cjs'), 'dev-idp', '--out', devIdpDir]);
  run(root, 'portal browser build', [
    path.join(root, 'node_modules/vite/bin/vite.js'),
    'build',
    '--config',
    'apps/portal/vite.config.ts',
    '--outDir',
    path.join(portalDir, 'public'),
    '--logLevel',
    'warn',
  ]);
  run(root, 'portal server bundle', [
    path.join(root, 'tools/build-node-app.cjs'),
    'portal',
    '--entry',
    'apps/portal/server/main.ts',
    '--out',
    path.join(portalDir, 'server'),
  ]);
  return {
    devIdpMain: path.join(devIdpDir, 'main.js'),
    portalServerMain: path.join(portalDir, 'server', 'main.js'),
  };
}

function run(root: string, what: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    // Jest sets NODE_ENV=test, which would give Vite React's development build: test the production one.
    env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
  });
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}
