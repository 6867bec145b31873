#!/usr/bin/env node
// npm run bench:ingest [-- --rounds 3 --slices 300]
//
// Builds the platform, bundles tests/e2e/bench/ingest-bench.ts and runs it: storescu sends the 300-slice
// synthetic CT study to node-a's DICOM listener and to an Orthanc on loopback, and the study is timed
// until it is queryable at the center through QIDO-RS. Needs DCMTK; Orthanc is optional (Debian packages).
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
// Three levels below the root, like dist/apps/<app>: the bundle finds the workspace from its own folder.
const bundle = path.join(root, 'dist', 'tools', 'bench-ingest');

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

console.log('building the platform and the benchmark …');
run(process.execPath, [
  require.resolve('nx/bin/nx.js'),
  'run-many',
  '-t',
  'build',
  '-p',
  'dev-idp,center,node,portal,cli',
  '--outputStyle=static',
]);
run(process.execPath, [
  path.join(root, 'tools', 'build-node-app.cjs'),
  'bench-ingest',
  '--entry',
  'tests/e2e/bench/ingest-bench.ts',
  '--out',
  bundle,
]);
run(process.execPath, [path.join(bundle, 'main.js'), ...process.argv.slice(2)]);
