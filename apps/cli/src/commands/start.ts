import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { ConfigError, loadLauncherConfig } from '@lattice/config';
import { startPlatform } from '@lattice/launcher';
import { ExitCode, UsageError, type Command } from '../command';
import { bold, consoleOutput, dim, green } from '../console-output';
import { WORKSPACE_ROOT } from '../workspace-root';

const DEMO_USERS: readonly [string, string][] = [
  ['admin', 'center-admin: enrolls nodes, sees their status'],
  ['steward', 'data-steward'],
  ['researcher', 'researcher'],
  ['patient1, patient2', 'patient'],
  ['operator-a, operator-b', 'node-operator of node-a / node-b'],
];

const PLATFORM_PROJECTS = 'dev-idp,center,node,portal,cli';

/** Builds the platform's bundles; Nx's local cache makes this a few seconds when nothing changed. */
function buildPlatform(): boolean {
  const build = spawnSync(
    process.execPath,
    [
      createRequire(__filename).resolve('nx/bin/nx.js'),
      'run-many',
      '-t',
      'build',
      `--projects=${PLATFORM_PROJECTS}`,
      '--outputStyle=static',
    ],
    {
      cwd: WORKSPACE_ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false' },
    },
  );
  return build.status === 0;
}

export const startCommand: Command = {
  name: 'start',
  usage: `Usage: lattice start [--no-build]

Starts the whole platform on this machine with an embedded PostgreSQL (data under .lattice/),
builds whatever is missing first, prints the URLs and demo users, and stops everything on Ctrl-C.
Ports and the database are set by environment variables (see the README).

  --no-build   start the existing bundles without building`,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: { 'no-build': { type: 'boolean', default: false } },
      strict: true,
    });
    let config;
    try {
      config = loadLauncherConfig();
    } catch (error) {
      if (error instanceof ConfigError) throw new UsageError(error.message);
      throw error;
    }
    const started = Date.now();
    const output = consoleOutput();
    if (!values['no-build']) {
      output.status('building what is missing');
      if (!buildPlatform()) {
        process.stderr.write('lattice start: the build failed; nothing was started\n');
        return ExitCode.failed;
      }
    }
    let platform;
    try {
      platform = await startPlatform({ config, root: WORKSPACE_ROOT, output });
    } catch (error) {
      process.stderr.write(`lattice start: ${error instanceof Error ? error.message : String(error)}\n`);
      return ExitCode.failed;
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const { urls } = platform;
    process.stdout.write(
      `\n${green(bold(`Lattice is running`))} ${dim(`(started in ${seconds} s)`)}\n\n` +
        `  Portal        ${bold(urls.portal)}\n` +
        `  Center API    ${urls.center}   ${dim(`docs: ${urls.apiDocs}`)}\n` +
        `  node-a API    ${urls.nodes['node-a']}\n` +
        `  node-b API    ${urls.nodes['node-b']}\n` +
        `  Sign-in       ${urls.issuer}\n` +
        `  Data          ${platform.home}\n\n` +
        `  Demo users (password ${bold('lattice')}, development only):\n` +
        DEMO_USERS.map(([user, role]) => `    ${user.padEnd(24)} ${dim(role)}`).join('\n') +
        `\n\n  Press Ctrl-C to stop.\n\n`,
    );
    void platform.demoData.then((outcomes) => {
      for (const outcome of outcomes) {
        if (outcome.state === 'seeded') {
          output.status(
            `demo data: sent ${outcome.nodeId} ${outcome.studies} CT studies (${outcome.images} images) over DICOM; ` +
              'they reach the center within a minute',
          );
        } else if (outcome.state === 'failed') {
          output.status(
            `demo data: ${outcome.nodeId} did not take every image (${outcome.detail ?? `${outcome.refused} refused`}); ` +
              'it is sent again at the next start',
          );
        }
      }
    });
    await new Promise<void>((resolve) => {
      let stoppingSince = 0;
      const shutdown = (signal: string) => {
        // A second Ctrl-C forces; the same signal delivered twice at once (terminal and a wrapper) does not.
        if (stoppingSince > 0) {
          if (Date.now() - stoppingSince < 1000) return;
          process.stderr.write('lattice start: forced to exit; killing every service\n');
          platform.kill();
          process.exit(130);
        }
        stoppingSince = Date.now();
        output.status(`${signal}: stopping`);
        void platform
          .stop()
          .then(
            () => output.status('stopped'),
            (error: unknown) => process.stderr.write(`lattice start: stopping failed: ${String(error)}\n`),
          )
          .finally(resolve);
      };
      for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const)
        process.on(signal, () => shutdown(signal));
    });
    return ExitCode.ok;
  },
};
