// `npm run bench:start`: how long `lattice start` takes until the platform is up, cold and warm.
//   cold: a fresh data folder (PostgreSQL initdb, migrations, keys, enrollment) and, with --clean-build,
//         no bundles and no build cache either;
//   warm: the same data folder again, everything built.
// Prints the figures; each run is stopped with SIGINT and must leave no process behind.
const { spawn, execSync } = require('node:child_process');
const { mkdtempSync, rmSync, chmodSync } = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const cleanBuild = process.argv.includes('--clean-build');

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function ports() {
  const names = ['IDP', 'CENTER', 'NODE_A', 'NODE_B', 'PORTAL', 'POSTGRES', 'NODE_A_DICOM', 'NODE_B_DICOM'];
  const env = {};
  for (const name of names) env[`LATTICE_${name}_PORT`] = String(await freePort());
  return env;
}

function run(env) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [path.join(root, 'bin', 'lattice.cjs'), 'start'], {
      cwd: root,
      env: { ...process.env, ...env, NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let upSeconds = null;
    child.stdout.on('data', (chunk) => {
      output += chunk;
      if (upSeconds === null && output.includes('Lattice is running')) {
        upSeconds = Number(process.hrtime.bigint() - started) / 1e9;
        const stopping = process.hrtime.bigint();
        child.kill('SIGINT');
        child.once('exit', (code) =>
          resolve({ upSeconds, stopSeconds: Number(process.hrtime.bigint() - stopping) / 1e9, code }),
        );
      }
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => {
      if (upSeconds === null)
        reject(new Error(`lattice start exited with ${code} before it was up:\n${output.slice(-3000)}`));
    });
  });
}

function leftovers(home) {
  try {
    return execSync(`ps -eo args | grep -F "${home}" | grep -v grep || true`, { encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

(async () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'lattice-bench-start-'));
  chmodSync(home, 0o755);
  const env = { ...(await ports()), LATTICE_HOME: home };
  if (cleanBuild)
    (rmSync(path.join(root, 'dist'), { recursive: true, force: true }),
      rmSync(path.join(root, '.nx'), { recursive: true, force: true }));
  const cold = await run(env);
  const warm = await run(env);
  const left = leftovers(home);
  rmSync(home, { recursive: true, force: true });
  const row = (name, r) =>
    `${name.padEnd(6)} up in ${r.upSeconds.toFixed(1).padStart(5)} s   stopped in ${r.stopSeconds.toFixed(1)} s   exit ${r.code}`;
  console.log(
    `lattice start on ${os.cpus().length} cores${cleanBuild ? ' (cold run also builds from scratch)' : ''}`,
  );
  console.log(row('cold', cold));
  console.log(row('warm', warm));
  console.log(left ? `processes left behind:\n${left}` : 'no processes left behind');
  process.exit(left ? 1 : 0);
})().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
