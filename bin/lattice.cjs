#!/usr/bin/env node
// The `lattice` command. Runs the bundled CLI, building it first when it is missing
// (a fresh clone after `npm ci` has no dist/ yet).
const { existsSync } = require('node:fs');
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, 'dist', 'apps', 'cli', 'main.js');
if (!existsSync(entry)) {
  process.stderr.write('lattice: building the command line tool (first run)…\n');
  const build = spawnSync(
    process.execPath,
    [
      path.join(root, 'tools', 'build-node-app.cjs'),
      'cli',
      'deid-worker=apps/cli/src/deid/deid-worker-main.ts',
    ],
    {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (build.status !== 0) process.exit(2);
}
require(entry);
