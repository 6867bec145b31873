// `npm test`: builds what the end-to-end tests start, runs every Jest project, and ends with
// one line "N passed, N failed" (suites that could not run count as failures).
// Extra arguments go to Jest, e.g. `npm test -- libs/deid` or `npm test -- --selectProjects deid`.
const { spawnSync } = require('node:child_process');
const { mkdirSync, readFileSync, rmSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const env = { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' };

function summary(passed, failed) {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed > 0 ? 1 : 0);
}

try {
  const build = spawnSync(
    process.execPath,
    [require.resolve('nx/bin/nx.js'), 'run-many', '-t', 'build', '--outputStyle=static'],
    {
      cwd: root,
      env,
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) {
    console.log('build failed: nothing was tested');
    summary(0, 1);
  }

  mkdirSync(path.join(root, 'tmp'), { recursive: true });
  const resultsFile = path.join(root, 'tmp', 'jest-results.json');
  rmSync(resultsFile, { force: true });
  const jest = spawnSync(
    process.execPath,
    [require.resolve('jest/bin/jest'), '--json', `--outputFile=${resultsFile}`, ...args],
    { cwd: root, env, stdio: 'inherit' },
  );

  let passed = 0;
  let failed = 0;
  try {
    const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
    passed = results.numPassedTests;
    failed = results.numFailedTests;
    // A suite that failed to load has no test results but must not pass silently.
    for (const suite of results.testResults) {
      if (suite.status === 'failed' && suite.assertionResults.length === 0) failed += 1;
    }
  } catch {
    failed += 1;
  }
  if (jest.status !== 0 && failed === 0) failed = 1;
  summary(passed, failed);
} catch (error) {
  console.error(error);
  summary(0, 1);
}
