#!/usr/bin/env node
// npm run bench:deid [-- --runs 3 --slices 300 --jobs N]
//
// Times, in the same run on the same files, `lattice deid` (research-default profile, stage 1, --jobs =
// CPU count) against GDCM's `gdcmanon` (PS3.15 basic profile, escrow to a throw-away certificate) and
// DCMTK's `dcmodify` (a comparable set of removals and new UIDs, on copies). The input is the synthetic
// 300-slice CT study of libs/testing (512x512 int16, vendor header with private blocks and nested
// sequences), generated once into tmp/bench-deid and reused. Page cache warmed, runs interleaved, median
// of the runs per tool. Prints files/s, MB/s and peak memory, checks Lattice's outputs are complete, and
// exits 1 when Lattice is below 2x gdcmanon's files/s.
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const work = path.join(root, 'tmp', 'bench-deid');
const TARGET_RATIO = 2;

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  if (index < 0) return fallback;
  const value = Number(process.argv[index + 1]);
  if (!Number.isInteger(value) || value < 1) {
    console.error(`--${name} needs a whole number`);
    process.exit(2);
  }
  return value;
}

const runs = option('runs', 3);
const slices = option('slices', 300);
const jobs = option('jobs', os.availableParallelism());
const gnuTime = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;

function which(command) {
  return spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.status !== 0) {
    throw new Error(
      `${command} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return result.stdout;
}

function filesBelow(folder) {
  const found = [];
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) found.push(...filesBelow(full));
    else found.push(full);
  }
  return found;
}

/**
 * Runs one timed command. Wall time is measured here; peak memory is GNU time's maximum resident set size
 * (threads share the process, so it covers Lattice's workers) or, without GNU time, VmHWM sampled from
 * /proc every 2 ms.
 */
function timed(command, args) {
  return new Promise((resolve, reject) => {
    const memoryFile = path.join(work, 'peak-rss.txt');
    const [file, argv] = gnuTime
      ? [gnuTime, ['-f', '%M', '-o', memoryFile, command, ...args]]
      : [command, args];
    const started = process.hrtime.bigint();
    const child = spawn(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let peakKb = 0;
    child.stdout.on('data', (data) => (stdout += data));
    child.stderr.on('data', (data) => (stderr += data));
    const sampler = gnuTime
      ? null
      : setInterval(() => {
          try {
            const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
            const match = /VmHWM:\s+(\d+)/.exec(status);
            if (match) peakKb = Math.max(peakKb, Number(match[1]));
          } catch {
            // the process has ended between two samples
          }
        }, 2);
    child.on('error', reject);
    child.on('exit', (code) => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (sampler) clearInterval(sampler);
      if (gnuTime) peakKb = Number(fs.readFileSync(memoryFile, 'utf8').trim().split('\n').pop());
      if (code !== 0) reject(new Error(`${command} exited with ${code}:\n${stdout}\n${stderr}`));
      else resolve({ seconds, peakMb: peakKb / 1024, stdout });
    });
  });
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

async function main() {
  fs.mkdirSync(work, { recursive: true });
  const missing = ['gdcmanon', 'dcmodify', 'openssl'].filter((command) => !which(command));
  if (missing.includes('gdcmanon') || missing.includes('openssl')) {
    console.error(`bench:deid needs ${missing.join(', ')}: apt-get install libgdcm-tools dcmtk openssl`);
    process.exit(2);
  }

  // The CLI as the build will ship it (main.js plus the worker bundle), and the phantom generator.
  const bundle = path.join(work, 'bundle');
  console.log('building the CLI bundle …');
  run(
    process.execPath,
    [
      path.join(root, 'tools', 'build-node-app.cjs'),
      'cli',
      '--out',
      bundle,
      'deid-worker=apps/cli/src/deid/deid-worker-main.ts',
      'phantom-study=libs/testing/src/phantoms/phantom-study-script.ts',
    ],
    { cwd: root },
  );

  const study = path.join(work, `ct-study-${slices}`);
  if (!fs.existsSync(study) || filesBelow(study).length !== slices) {
    console.log(`generating the ${slices}-slice synthetic CT study …`);
    fs.rmSync(study, { recursive: true, force: true });
    run(process.execPath, [
      path.join(bundle, 'phantom-study.js'),
      study,
      '--slices',
      String(slices),
      '--seed',
      'bench-deid',
    ]);
  }
  const inputs = filesBelow(study);
  const inputBytes = inputs.reduce((sum, file) => sum + fs.statSync(file).size, 0);
  for (const file of inputs) fs.readFileSync(file); // warm the page cache

  const key = path.join(work, 'site.key');
  if (!fs.existsSync(key))
    run(process.execPath, [path.join(bundle, 'main.js'), 'keys', 'generate', '--out', key]);
  const certificate = path.join(work, 'escrow-cert.pem');
  if (!fs.existsSync(certificate)) {
    run('openssl', [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      path.join(work, 'escrow-key.pem'),
      '-out',
      certificate,
      '-days',
      '2',
      '-subj',
      '/CN=lattice-bench-escrow',
    ]);
  }

  const output = path.join(work, 'out');
  const tools = [
    {
      name: 'lattice deid',
      prepare: () => fs.rmSync(output, { recursive: true, force: true }),
      command: () => [
        process.execPath,
        [
          path.join(bundle, 'main.js'),
          'deid',
          study,
          output,
          '--key-file',
          key,
          '--jobs',
          String(jobs),
          '--report',
          path.join(work, 'lattice-report.json'),
        ],
      ],
      check: () => {
        const report = JSON.parse(fs.readFileSync(path.join(work, 'lattice-report.json'), 'utf8'));
        const written = filesBelow(output).filter((file) => file.endsWith('.dcm')).length;
        if (report.summary.counts.deidentified !== slices || written !== slices) {
          throw new Error(
            `lattice deid de-identified ${report.summary.counts.deidentified} and wrote ${written} of ${slices} files`,
          );
        }
        return report.summary.seconds;
      },
    },
    {
      name: 'gdcmanon (basic, certificate)',
      prepare: () => fs.rmSync(output, { recursive: true, force: true }),
      command: () => [
        'gdcmanon',
        ['-e', '--certificate', certificate, '-r', '-i', study, '-o', output, '--continue'],
      ],
      check: () => {
        const written = filesBelow(output).length;
        if (written !== slices) throw new Error(`gdcmanon wrote ${written} of ${slices} files`);
      },
    },
  ];
  if (!missing.includes('dcmodify')) {
    tools.push({
      name: 'dcmodify (on copies)',
      prepare: () => {
        fs.rmSync(output, { recursive: true, force: true });
        fs.cpSync(study, output, { recursive: true });
        for (const file of filesBelow(output)) fs.readFileSync(file);
      },
      command: () => ['dcmodify', [...DCMODIFY_EDITS, ...filesBelow(output)]],
      check: () => undefined,
    });
  } else {
    console.log('dcmodify is not installed (apt-get install dcmtk): skipped');
  }

  const results = new Map(tools.map((tool) => [tool.name, []]));
  for (let round = 1; round <= runs; round += 1) {
    for (const tool of tools) {
      tool.prepare();
      const [command, args] = tool.command();
      const measured = await timed(command, args);
      const inside = tool.check();
      results.get(tool.name).push({ ...measured, inside });
      console.log(`  run ${round}  ${tool.name.padEnd(30)} ${measured.seconds.toFixed(3)} s`);
    }
  }
  fs.rmSync(output, { recursive: true, force: true });

  const rows = tools.map((tool) => {
    const measured = results.get(tool.name);
    const seconds = median(measured.map((entry) => entry.seconds));
    return {
      name: tool.name,
      seconds,
      filesPerSecond: slices / seconds,
      megabytesPerSecond: inputBytes / 1e6 / seconds,
      peakMb: Math.max(...measured.map((entry) => entry.peakMb)),
      inside: measured[0].inside === undefined ? undefined : median(measured.map((entry) => entry.inside)),
    };
  });
  console.log(
    `\n${slices} CT slices, ${(inputBytes / 1e6).toFixed(0)} MB, ${os.availableParallelism()} CPUs, lattice --jobs ${jobs}, median of ${runs} runs\n`,
  );
  console.log(
    `${'tool'.padEnd(32)}${'seconds'.padStart(9)}${'files/s'.padStart(10)}${'MB/s'.padStart(9)}${'peak MB'.padStart(10)}`,
  );
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(32)}${row.seconds.toFixed(3).padStart(9)}${row.filesPerSecond.toFixed(0).padStart(10)}${row.megabytesPerSecond.toFixed(0).padStart(9)}${row.peakMb.toFixed(0).padStart(10)}`,
    );
  }
  const lattice = rows[0];
  const gdcmanon = rows[1];
  const ratio = lattice.filesPerSecond / gdcmanon.filesPerSecond;
  console.log(
    `\nlattice deid: ${lattice.inside.toFixed(3)} s inside the command (threads, files, report), ` +
      `${(lattice.seconds - lattice.inside).toFixed(3)} s starting Node and loading the CLI`,
  );
  console.log(`ratio lattice / gdcmanon (files/s): ${ratio.toFixed(2)} (target ${TARGET_RATIO.toFixed(2)})`);
  if (ratio < TARGET_RATIO) {
    console.log('below the target');
    process.exitCode = 1;
  }
}

// A comparable set of edits: the basic profile's main removals and replacements, every private element,
// and new study, series and instance UIDs (-ie: go on past errors, -nb: no backup file).
const DCMODIFY_EDITS = [
  '-nb',
  '-ie',
  '-gst',
  '-gse',
  '-gin',
  '-ep',
  '-ma',
  '(0010,0010)=ANONYMOUS',
  '-ma',
  '(0010,0020)=ID0001',
  '-ma',
  '(0008,0050)=',
  '-ma',
  '(0008,0090)=',
  '-ma',
  '(0008,0020)=19000101',
  '-ma',
  '(0008,0021)=19000101',
  '-ma',
  '(0008,0022)=19000101',
  '-ma',
  '(0008,0023)=19000101',
  '-ma',
  '(0020,0010)=',
  '-ea',
  '(0010,0030)',
  '-ea',
  '(0010,1000)',
  '-ea',
  '(0010,1002)',
  '-ea',
  '(0010,1040)',
  '-ea',
  '(0010,2154)',
  '-ea',
  '(0010,21b0)',
  '-ea',
  '(0010,4000)',
  '-ea',
  '(0008,0080)',
  '-ea',
  '(0008,0081)',
  '-ea',
  '(0008,1010)',
  '-ea',
  '(0008,1040)',
  '-ea',
  '(0008,1050)',
  '-ea',
  '(0008,1070)',
  '-ea',
  '(0018,1000)',
  '-ea',
  '(0020,4000)',
  '-ea',
  '(0032,1032)',
  '-ea',
  '(0040,0275)',
  '-ea',
  '(0040,0253)',
];

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
});
