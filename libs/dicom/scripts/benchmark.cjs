#!/usr/bin/env node
// Measures libs/dicom on a synthetic 512×512 int16 CT slice with a realistic header (about 150 elements, two
// private blocks, nested sequences): parse, write, parse + write + Buffer.concat, and the dictionary's load
// time. The TypeScript sources are compiled with the workspace's SWC into a temporary folder first, so nothing
// beyond the installed dev dependencies is needed.
//
// Usage: node libs/dicom/scripts/benchmark.cjs [iterations]
const { execFileSync } = require('node:child_process');
const {
  mkdtempSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const { loadavg, tmpdir } = require('node:os');
const path = require('node:path');
const swc = require('@swc/core');

const srcDir = path.resolve(__dirname, '..', 'src');

function compileTree(from, to) {
  for (const name of readdirSync(from)) {
    const source = path.join(from, name);
    if (statSync(source).isDirectory()) {
      compileTree(source, path.join(to, name));
      continue;
    }
    if (!name.endsWith('.ts') || name.endsWith('.d.ts') || /\.(int-)?spec\.ts$/.test(name)) continue;
    const { code } = swc.transformSync(readFileSync(source, 'utf8'), {
      filename: source,
      jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
      module: { type: 'commonjs' },
    });
    mkdirSync(to, { recursive: true });
    writeFileSync(path.join(to, name.replace(/\.ts$/, '.js')), code);
  }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Mean µs per call of `fn` over `iterations` calls, repeated `rounds` times: the median and the best round. */
function measure(fn, iterations, rounds = 9) {
  for (let i = 0; i < Math.min(iterations, 2000); i++) fn();
  const results = [];
  for (let round = 0; round < rounds; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    results.push(Number(process.hrtime.bigint() - started) / 1000 / iterations);
  }
  return { median: Number(median(results).toFixed(2)), best: Number(Math.min(...results).toFixed(2)) };
}

function dictionaryLoad(outDir) {
  const probe = `
    const t0 = process.hrtime.bigint();
    const table = require(${JSON.stringify(path.join(outDir, 'generated', 'data-dictionary.js'))});
    const t1 = process.hrtime.bigint();
    const dictionary = require(${JSON.stringify(path.join(outDir, 'dictionary.js'))});
    dictionary.lookupAttribute(0x00100010);
    const t2 = process.hrtime.bigint();
    dictionary.tagForKeyword('PatientName');
    const t3 = process.hrtime.bigint();
    process.stdout.write(JSON.stringify([t1 - t0, t2 - t1, t3 - t2].map((ns) => Number(ns) / 1e6)));
    void table;`;
  const runs = [];
  for (let k = 0; k < 7; k++)
    runs.push(JSON.parse(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' })));
  return [0, 1, 2].map((i) => median(runs.map((run) => run[i])));
}

function main() {
  const iterations = Number(process.argv[2] ?? 5000);
  const outDir = mkdtempSync(path.join(tmpdir(), 'lattice-dicom-bench-'));
  try {
    compileTree(srcDir, outDir);
    const { parseDicom } = require(path.join(outDir, 'parse-dicom.js'));
    const { writeDicom, serializeDicom } = require(path.join(outDir, 'write-dicom.js'));
    const { syntheticCtFile, countElements } = require(path.join(outDir, 'spec-support', 'synthetic-ct.js'));

    const bytes = Buffer.from(serializeDicom(syntheticCtFile()));
    const file = parseDicom(bytes);
    const parseUs = measure(() => parseDicom(bytes), iterations);
    const writeUs = measure(() => writeDicom(file), iterations);
    const parseWriteUs = measure(() => writeDicom(parseDicom(bytes)), iterations);
    const roundTripUs = measure(
      () => Buffer.concat(writeDicom(parseDicom(bytes))),
      Math.max(200, iterations / 5),
    );
    const implicitBytes = Buffer.from(serializeDicom(file, { transferSyntaxUid: '1.2.840.10008.1.2' }));
    const parseImplicitUs = measure(() => parseDicom(implicitBytes), iterations);
    const chunks = writeDicom(file);
    const [loadMs, indexMs, keywordMs] = dictionaryLoad(outDir);

    const report = {
      node: process.version,
      // Timings on a shared machine vary with its load; the best round is the least disturbed one.
      loadAverage: loadavg().map((value) => Number(value.toFixed(2))),
      file: { bytes: bytes.byteLength, elements: countElements(file.dataset), chunks: chunks.length },
      microsecondsPerFile: {
        parse: parseUs,
        write: writeUs,
        parseWrite: parseWriteUs,
        parseWriteConcat: roundTripUs,
        parseImplicitVr: parseImplicitUs,
      },
      dictionaryMilliseconds: {
        moduleLoad: Number(loadMs.toFixed(3)),
        firstLookup: Number(indexMs.toFixed(3)),
        firstKeywordLookup: Number(keywordMs.toFixed(3)),
      },
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

main();
