import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { DicomDataset, serializeDicom, tag, Tags, TransferSyntax } from '@lattice/dicom';
import { CliBundle, WORKSPACE_ROOT, type PhantomOutput } from './spec-support/cli-bundle';
import {
  containsWord,
  dcmjsTags,
  dcmjsText,
  dcmjsValue,
  filesBelow,
  treeDigests,
} from './spec-support/output-tree';
import { temporaryFolder } from './spec-support/temporary-folder';

const bundle = new CliBundle('cli-deid-spec');
let root: ReturnType<typeof temporaryFolder>;
let keys: { site: string; other: string; center: string };
let phantoms: PhantomOutput;

const at = (...parts: string[]) => join(root.path, ...parts);
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const OUTPUT_PATH = /^P1[0-9A-Z]{26}\/2\.25\.\d+\/2\.25\.\d+\/2\.25\.\d+\.dcm$/;
const JOURNAL = '.lattice-deid-journal';
const hasDcmdump = spawnSync('dcmdump', ['--version']).status === 0;

async function generateKey(path: string): Promise<string> {
  const result = await bundle.run(['keys', 'generate', '--out', path]);
  if (result.code !== 0) throw new Error(result.stderr);
  return path;
}

/** The output files of a tree (everything but the journal). */
function outputsBelow(folder: string): string[] {
  return filesBelow(folder).filter((path) => path !== JOURNAL);
}

/** DCMTK reads the file without an error. */
function expectDcmdumpReads(path: string): void {
  if (!hasDcmdump) return;
  const dump = spawnSync('dcmdump', ['-q', path], { encoding: 'utf8' });
  expect({
    path,
    status: dump.status,
    errors: dump.stderr.split('\n').filter((line) => line.startsWith('E:')),
  }).toEqual({
    path,
    status: 0,
    errors: [],
  });
}

/** A small encapsulated PDF instance: its content cannot be cleaned, so it must be quarantined. */
function encapsulatedPdf(): Uint8Array {
  const dataset = new DicomDataset(true);
  dataset.setString(Tags.SOPClassUID, 'UI', '1.2.840.10008.5.1.4.1.1.104.1');
  dataset.setString(Tags.SOPInstanceUID, 'UI', '1.2.826.0.1.3680043.8.498.424242.1');
  dataset.setString(Tags.StudyInstanceUID, 'UI', '1.2.826.0.1.3680043.8.498.424242');
  dataset.setString(Tags.SeriesInstanceUID, 'UI', '1.2.826.0.1.3680043.8.498.424242.2');
  dataset.setString(Tags.PatientName, 'PN', 'PDF^PATIENT');
  dataset.setString(Tags.PatientID, 'LO', '77665544');
  dataset.setString(Tags.Modality, 'CS', 'DOC');
  dataset.setString(tag(0x0042, 0x0012), 'LO', 'application/pdf');
  dataset.set({
    kind: 'value',
    tag: tag(0x0042, 0x0011),
    vr: 'OB',
    bytes: new TextEncoder().encode('%PDF-1.4 report of PDF PATIENT\n'),
  });
  const meta = new DicomDataset(true);
  meta.setString(Tags.TransferSyntaxUID, 'UI', TransferSyntax.ExplicitVRLittleEndian);
  return serializeDicom({
    preamble: null,
    meta,
    dataset,
    transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
    encoding: { littleEndian: true, explicitVr: true, deflated: false },
  });
}

beforeAll(async () => {
  bundle.build();
  root = temporaryFolder('lattice-deid-cli');
  keys = {
    site: await generateKey(at('keys', 'site.key')),
    other: await generateKey(at('keys', 'other-site.key')),
    center: await generateKey(at('keys', 'center.key')),
  };
  const ge = await bundle.phantoms(at('export'), '--slices', '24', '--seed', 'cli-spec-ge');
  const siemens = await bundle.phantoms(
    at('export'),
    '--slices',
    '8',
    '--vendor',
    'SIEMENS',
    '--seed',
    'cli-spec-siemens',
  );
  phantoms = { files: ge.files + siemens.files, studies: [...ge.studies, ...siemens.studies] };
}, 240_000);

afterAll(() => {
  root?.remove();
  bundle.remove();
});

describe('lattice deid over a synthetic CT export (built CLI)', () => {
  let first: Awaited<ReturnType<CliBundle['run']>>;
  let report: any;

  beforeAll(async () => {
    first = await bundle.run([
      'deid',
      at('export'),
      at('out'),
      '--key-file',
      keys.site,
      '--report',
      at('report.json'),
    ]);
    report = readJson(at('report.json'));
  }, 120_000);

  it('de-identifies every file, reports each one, and names outputs by pseudonym and new UIDs only', () => {
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(
      /^32 files in [\d.]+ s .*: 32 de-identified, 0 quarantined, 0 rejected, 0 failed$/m,
    );
    expect(report.files).toHaveLength(32);
    expect(
      report.files.every((file: any) => file.status === 'deidentified' && OUTPUT_PATH.test(file.output)),
    ).toBe(true);
    expect(outputsBelow(at('out'))).toEqual(report.files.map((file: any) => file.output).sort());
    expect(new Set(report.files.map((file: any) => file.output.split('/')[0])).size).toBe(2);
    expect(report.summary).toMatchObject({
      files: 32,
      counts: { deidentified: 32, quarantined: 0, rejected: 0, failed: 0 },
      profile: 'research-default',
      stage: 1,
      skipped: 0,
    });
    expect(report.summary.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(JSON.stringify(report)).not.toContain(readJson(keys.site).key);
  });

  it('leaves none of the planted identifying values in any output, read with dcmjs and as raw bytes', () => {
    for (const study of phantoms.studies) {
      const outputs = report.files
        .filter((file: any) => dcmjsValue(at('export', file.input), '0020000D') === study.studyInstanceUid)
        .map((file: any) => file.output as string);
      expect(outputs.length).toBeGreaterThan(0);
      // A date shifted onto another original date is the shift's doing, not a leak: find the study's shift.
      const originalDate = study.planted.find((item) => item.where.startsWith('StudyDate'))?.value ?? '';
      const shift =
        dayNumber(String(dcmjsValue(at('out', outputs[0]), '00080020'))) - dayNumber(originalDate);
      expect(shift).not.toBe(0);
      const shiftedOnto = new Set(
        study.planted.filter((item) => item.kind.endsWith('date')).map((item) => addDays(item.value, shift)),
      );
      for (const output of outputs) {
        const path = at('out', output);
        const text = dcmjsText(path).join('\n');
        const raw = readFileSync(path);
        const [latin1, utf8] = [raw.toString('latin1'), raw.toString('utf8')];
        const leaks = study.planted
          .filter((item) => item.value.length >= (/[\u3000-\u9fff]/u.test(item.value) ? 2 : 3))
          .filter((item) => !(item.kind.endsWith('date') && shiftedOnto.has(item.value)))
          .filter(
            (item) =>
              containsWord(text, item.value) ||
              (item.value.length >= 6 && (latin1.includes(item.value) || utf8.includes(item.value))),
          );
        expect({ output, leaks }).toEqual({ output, leaks: [] });
      }
    }
  });

  it('keeps the safe private elements of the GE blocks and drops the identifying ones', () => {
    const geOutputs = report.files
      .filter((file: any) => file.input.includes('_GE_'))
      .map((file: any) => file.output);
    expect(geOutputs).toHaveLength(24);
    const tags = dcmjsTags(at('out', geOutputs[0]));
    expect(tags.has('00190010')).toBe(true); // GEMS_ACQU_01
    expect(tags.has('00191023')).toBe(true); // table speed, on the safe list
    expect(tags.has('00191002')).toBe(false); // number of detector cells, not on it
    expect(tags.has('00090010')).toBe(false); // GEMS_IDEN_01: only identifying copies, all gone
    expect(tags.has('00451101')).toBe(true); // GEMS_HELIOS_01 in block 0x11: matched by creator, not number
  });

  it('names no input file or folder anywhere in the output tree, nor in its journal', () => {
    const names = new Set<string>(report.files.flatMap((file: any) => file.input.split('/')));
    const tree = filesBelow(at('out'));
    for (const name of names) {
      expect(tree.filter((path) => path.includes(name))).toEqual([]);
    }
    const folders = [...names].filter((name) => !name.endsWith('.dcm'));
    for (const path of tree) {
      const content = readFileSync(at('out', path)).toString('latin1');
      expect({ path, found: folders.filter((name) => content.includes(name)) }).toEqual({ path, found: [] });
    }
  });

  it('writes outputs that dcmjs and DCMTK read', () => {
    for (const output of outputsBelow(at('out'))) {
      expect(dcmjsText(at('out', output)).length).toBeGreaterThan(20);
      expectDcmdumpReads(at('out', output));
    }
  });

  it('skips everything on a rerun with the same key and leaves every byte as it was', async () => {
    const before = treeDigests(at('out'));
    const rerun = await bundle.run([
      'deid',
      at('export'),
      at('out'),
      '--key-file',
      keys.site,
      '--report',
      at('rerun.json'),
    ]);
    expect(rerun.code).toBe(0);
    const again = readJson(at('rerun.json'));
    expect(again.summary).toMatchObject({ skipped: 32, bytesWritten: 0 });
    expect(again.files).toEqual(report.files);
    const after = treeDigests(at('out'));
    delete before[JOURNAL];
    delete after[JOURNAL];
    expect(after).toEqual(before);
  });

  it('gives other pseudonyms and other UIDs under another key, skipping nothing', async () => {
    const other = await bundle.run([
      'deid',
      at('export'),
      at('out-other'),
      '--key-file',
      keys.other,
      '--report',
      at('other.json'),
    ]);
    expect(other.code).toBe(0);
    const otherReport = readJson(at('other.json'));
    expect(otherReport.summary.skipped).toBe(0);
    const parts = (outputs: string[]) =>
      new Set(outputs.flatMap((output) => output.replace(/\.dcm$/, '').split('/')));
    const mine = parts(outputsBelow(at('out')));
    expect([...parts(outputsBelow(at('out-other')))].filter((part) => mine.has(part))).toEqual([]);
  });

  it('runs stage 2 over the stage-1 tree with the center key, gives identical bytes twice, and refuses its own output', async () => {
    const stageTwo = await bundle.run([
      'deid',
      at('out'),
      at('center-a'),
      '--key-file',
      keys.center,
      '--stage',
      '2',
      '--report',
      at('center.json'),
    ]);
    expect(stageTwo.code).toBe(0);
    expect(readJson(at('center.json')).summary.counts).toEqual({
      deidentified: 32,
      quarantined: 0,
      rejected: 0,
      failed: 0,
    });
    expect(outputsBelow(at('center-a')).every((path) => /^P2[0-9A-Z]{26}\//.test(path))).toBe(true);

    const again = await bundle.run([
      'deid',
      at('out'),
      at('center-b'),
      '--key-file',
      keys.center,
      '--stage',
      '2',
    ]);
    expect(again.code).toBe(0);
    const a = treeDigests(at('center-a'));
    const b = treeDigests(at('center-b'));
    delete a[JOURNAL];
    delete b[JOURNAL];
    expect(b).toEqual(a);

    const twice = await bundle.run([
      'deid',
      at('center-a'),
      at('center-c'),
      '--key-file',
      keys.center,
      '--stage',
      '2',
      '--report',
      at('twice.json'),
    ]);
    expect(twice.code).toBe(0);
    expect(readJson(at('twice.json')).summary.reasons).toEqual({ NOT_STAGE1_OUTPUT: 32 });
  });

  it('runs its threads on main.js itself when no worker bundle sits beside it, with the same result', async () => {
    const run = await bundle.run(['deid', at('export'), at('out-main-only'), '--key-file', keys.site], {
      main: bundle.withoutWorkerBundle(),
    });
    expect(run.code).toBe(0);
    const expected = treeDigests(at('out'));
    const actual = treeDigests(at('out-main-only'));
    delete expected[JOURNAL];
    delete actual[JOURNAL];
    expect(actual).toEqual(expected);
  });

  it('verifies a de-identified file and a folder pair as clean, and finds the values left in an original', async () => {
    const [entry] = report.files;
    const pair = await bundle.run(['deid', 'verify', at('export', entry.input), at('out', entry.output)]);
    expect(pair).toMatchObject({ code: 0 });
    expect(pair.stdout).toContain('clean');

    const folders = await bundle.run([
      'deid',
      'verify',
      at('export'),
      at('out'),
      '--report',
      at('report.json'),
    ]);
    expect(folders.code).toBe(0);
    expect(folders.stdout).toContain('verified 32 de-identified file(s): 32 clean, 0 with findings');

    const original = at('export', entry.input);
    const unchanged = await bundle.run(['deid', 'verify', original, original]);
    expect(unchanged.code).toBe(1);
    expect(unchanged.stdout).toMatch(/patient-name at \(0010,0010\) \(from \(0010,0010\)\)/);
    const planted = phantoms.studies[0]?.planted ?? [];
    const printedValues = planted.filter(
      (item) => item.value.length >= 4 && unchanged.stdout.split(original).join('').includes(item.value),
    );
    expect(printedValues).toEqual([]);

    const noReport = await bundle.run(['deid', 'verify', at('export'), at('out')]);
    expect(noReport.code).toBe(2);
    expect(noReport.stderr).toContain('--report');
  });
});

describe('lattice deid verdicts, conflicts, exit codes and interruption (built CLI)', () => {
  it('quarantines what it cannot clean, rejects what is not DICOM, writes a repeated instance once and reports a conflict', async () => {
    const input = at('mixed');
    const slices = filesBelow(at('export')).filter((path) => path.includes('_GE_'));
    const [firstSlice, secondSlice] = slices;
    if (!firstSlice || !secondSlice) throw new Error('no slices');
    mkdirSync(join(input, 'a'), { recursive: true });
    mkdirSync(join(input, 'b'), { recursive: true });
    copyFileSync(at('export', firstSlice), join(input, 'a', 'slice.dcm'));
    copyFileSync(at('export', firstSlice), join(input, 'b', 'same-slice.dcm'));
    const changed = readFileSync(at('export', secondSlice));
    changed[changed.byteLength - 1] = (changed[changed.byteLength - 1] ?? 0) ^ 0xff;
    copyFileSync(at('export', secondSlice), join(input, 'a', 'second.dcm'));
    writeFileSync(join(input, 'b', 'second-changed.dcm'), changed);
    writeFileSync(join(input, 'notes.txt'), 'not an image\n');
    const pdf = encapsulatedPdf();
    writeFileSync(join(input, 'report.dcm'), pdf);

    const run = await bundle.run([
      'deid',
      input,
      at('mixed-out'),
      '--key-file',
      keys.site,
      '--jobs',
      '1',
      '--report',
      at('mixed.json'),
      '--quarantine',
      at('quarantine'),
    ]);
    expect(run.code).toBe(0);
    const mixed = readJson(at('mixed.json'));
    const byInput = Object.fromEntries(mixed.files.map((file: any) => [file.input, file]));
    expect(byInput['a/slice.dcm']).toMatchObject({ status: 'deidentified' });
    expect(byInput['b/same-slice.dcm']).toMatchObject({
      status: 'deidentified',
      output: byInput['a/slice.dcm'].output,
    });
    expect(byInput['a/second.dcm']).toMatchObject({ status: 'deidentified' });
    expect(byInput['b/second-changed.dcm']).toMatchObject({ status: 'quarantined', code: 'OUTPUT_CONFLICT' });
    expect(byInput['notes.txt']).toMatchObject({ status: 'rejected', code: 'NOT_DICOM' });
    expect(byInput['report.dcm']).toMatchObject({ status: 'quarantined', code: 'ENCAPSULATED_DOCUMENT' });
    expect(mixed.summary).toMatchObject({
      alreadyPresent: 1,
      reasons: { ENCAPSULATED_DOCUMENT: 1, NOT_DICOM: 1, OUTPUT_CONFLICT: 1 },
    });
    // The first slice's output is the unchanged one: the conflict did not replace it.
    expect(outputsBelow(at('mixed-out'))).toHaveLength(2);

    // Quarantined originals are in the quarantine folder only, named by content hash, with a note.
    const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
    expect(readdirSync(at('quarantine')).sort()).toEqual(
      [`${sha(pdf)}.dcm`, `${sha(pdf)}.json`, `${sha(changed)}.dcm`, `${sha(changed)}.json`].sort(),
    );
    expect(readFileSync(at('quarantine', `${sha(pdf)}.dcm`))).toEqual(Buffer.from(pdf));
    expect(readJson(at('quarantine', `${sha(pdf)}.json`))).toMatchObject({
      code: 'ENCAPSULATED_DOCUMENT',
      inputs: ['report.dcm'],
    });
    const outputDigests = Object.values(treeDigests(at('mixed-out')));
    expect(outputDigests).not.toContain(sha(pdf));
    expect(outputDigests).not.toContain(sha(changed));
  });

  it.each([
    [
      'an unknown profile',
      (out: string) => ['deid', at('export'), out, '--key-file', keys.site, '--profile', 'lenient'],
      'unknown profile "lenient"',
    ],
    [
      'a missing key file',
      (out: string) => ['deid', at('export'), out, '--key-file', at('keys', 'none.key')],
      'key file not found',
    ],
    [
      'an output inside the input',
      () => ['deid', at('export'), at('export', 'out'), '--key-file', keys.site],
      'must not be inside the input',
    ],
    [
      'a missing input',
      (out: string) => ['deid', at('nothing-here'), out, '--key-file', keys.site],
      'does not exist',
    ],
    [
      'an unknown option',
      (out: string) => ['deid', at('export'), out, '--key-file', keys.site, '--option', 'keepAll'],
      'unknown profile option "keepAll"',
    ],
  ])('exits 2 for %s, creating no output', async (_label, args, message) => {
    const out = at('never-created');
    const run = await bundle.run(args(out));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(at('export', 'out'))).toBe(false);
  });

  it('exits 2 for a key file others can read', async () => {
    const open = at('keys', 'open.key');
    copyFileSync(keys.site, open);
    chmodSync(open, 0o644);
    const run = await bundle.run(['deid', at('export'), at('never-created'), '--key-file', open]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('chmod 600');
  });

  it('exits 1 when an output cannot be written, reporting those files failed and the rest done; a rerun retries them', async () => {
    // The pseudonym's folder is taken by a file: every output of that patient fails with ENOTDIR.
    const [geOutput] = outputsBelow(at('out'));
    const pseudonym = geOutput?.split('/')[0] ?? '';
    mkdirSync(at('blocked'), { recursive: true });
    writeFileSync(at('blocked', pseudonym), 'in the way');
    const run = await bundle.run([
      'deid',
      at('export'),
      at('blocked'),
      '--key-file',
      keys.site,
      '--report',
      at('blocked.json'),
    ]);
    expect(run.code).toBe(1);
    const blocked = readJson(at('blocked.json'));
    const failed = blocked.files.filter((file: any) => file.status === 'failed');
    expect(failed.length).toBeGreaterThan(0);
    expect(
      failed.every((file: any) => file.code === 'OUTPUT_WRITE_FAILED' && /ENOTDIR|EEXIST/.test(file.reason)),
    ).toBe(true);
    expect(blocked.summary.counts.deidentified + failed.length).toBe(32);
    expect(run.stderr).toContain(`failed: ${failed[0].input}: OUTPUT_WRITE_FAILED`);

    rmSync(at('blocked', pseudonym));
    const retry = await bundle.run([
      'deid',
      at('export'),
      at('blocked'),
      '--key-file',
      keys.site,
      '--report',
      at('retry.json'),
    ]);
    expect(retry.code).toBe(0);
    expect(readJson(at('retry.json')).summary).toMatchObject({
      skipped: 32 - failed.length,
      counts: { deidentified: 32, failed: 0 },
    });
  });

  it('on Ctrl-C finishes the files in hand, writes the report and journal, exits 130, and the rerun does the rest', async () => {
    const input = at('long-export');
    await bundle.phantoms(input, '--slices', '120', '--seed', 'cli-spec-interrupt');
    const out = at('interrupted');
    const child = bundle.start([
      'deid',
      input,
      out,
      '--key-file',
      keys.site,
      '--jobs',
      '1',
      '--report',
      at('interrupted.json'),
    ]);
    let stderr = '';
    child.stderr?.on('data', (data: Buffer) => (stderr += data.toString()));
    const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
    // Interrupt as soon as the first output exists.
    for (let tries = 0; tries < 2000 && !(existsSync(out) && outputsBelow(out).length > 0); tries += 1) {
      await new Promise((wait) => setTimeout(wait, 5));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('stopping: finishing the files in hand');
    const partial = readJson(at('interrupted.json'));
    expect(partial.summary.interrupted).toBe(true);
    expect(partial.summary.files).toBeGreaterThan(0);
    expect(partial.summary.files).toBeLessThan(120);
    expect(partial.files.every((file: any) => file.status === 'deidentified')).toBe(true);
    expect(outputsBelow(out)).toHaveLength(partial.summary.files);
    expect(existsSync(join(out, JOURNAL))).toBe(true);

    const rest = await bundle.run(['deid', input, out, '--key-file', keys.site, '--report', at('rest.json')]);
    expect(rest.code).toBe(0);
    expect(readJson(at('rest.json')).summary).toMatchObject({
      files: 120,
      skipped: partial.summary.files,
      interrupted: false,
    });
    expect(outputsBelow(out)).toHaveLength(120);
  }, 120_000);
});

/** Days since 1970 of a YYYYMMDD date. */
function dayNumber(date: string): number {
  return (
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(4, 6)) - 1, Number(date.slice(6, 8))) / 86_400_000
  );
}

/** A YYYYMMDD date moved by whole days. */
function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
}

const corpus = resolve(WORKSPACE_ROOT, process.env.LATTICE_DICOM_CORPUS ?? '../shared/dicom/public');
const corpusFound = existsSync(join(corpus, 'manifest.json'));
if (!corpusFound)
  console.warn(`DICOM corpus not found at ${corpus}: the corpus run of lattice deid is skipped`);

(corpusFound ? describe : describe.skip)(
  corpusFound
    ? 'lattice deid over the shared DICOM corpus (built CLI)'
    : `lattice deid over the shared DICOM corpus: SKIPPED, corpus not found at ${corpus}`,
  () => {
    let corpusFiles: string[];
    let report: any;
    let run: Awaited<ReturnType<CliBundle['run']>>;

    beforeAll(async () => {
      corpusFiles = filesBelow(corpus);
      run = await bundle.run([
        'deid',
        corpus,
        at('corpus-out'),
        '--key-file',
        keys.site,
        '--report',
        at('corpus.json'),
        '--quarantine',
        at('corpus-quarantine'),
      ]);
      report = readJson(at('corpus.json'));
    }, 180_000);

    it('reports every file with a status, a reason for each one not de-identified, and nothing failed', () => {
      expect(run.code).toBe(0);
      expect(report.files.map((file: any) => file.input).sort()).toEqual(corpusFiles);
      expect(report.summary.counts.failed).toBe(0);
      for (const file of report.files) {
        if (file.status === 'deidentified') expect(file.output).toMatch(/^P1[0-9A-Z]{26}\//);
        else
          expect({ input: file.input, reason: typeof file.reason, code: typeof file.code }).toEqual({
            input: file.input,
            reason: 'string',
            code: 'string',
          });
      }
      expect(report.summary.counts.deidentified).toBeGreaterThan(50);
    });

    it('writes outputs that dcmjs and DCMTK read, named by pseudonyms and UIDs only', () => {
      const outputs = outputsBelow(at('corpus-out'));
      expect(outputs).toEqual(
        [
          ...new Set(
            report.files
              .filter((file: any) => file.status === 'deidentified')
              .map((file: any) => file.output),
          ),
        ].sort(),
      );
      const inputNames = new Set(corpusFiles.flatMap((path) => path.split('/')));
      for (const output of outputs) {
        expect(output).toMatch(OUTPUT_PATH);
        expect(output.split('/').filter((part) => inputNames.has(part) || inputNames.has(`${part}`))).toEqual(
          [],
        );
        expect(dcmjsText(at('corpus-out', output)).length).toBeGreaterThan(0);
        expectDcmdumpReads(at('corpus-out', output));
      }
      const folders = [...new Set(corpusFiles.flatMap((path) => path.split('/').slice(0, -1)))].filter(
        (name) => name.length >= 5,
      );
      expect(
        filesBelow(at('corpus-out')).filter((path) => folders.some((folder) => path.includes(folder))),
      ).toEqual([]);
    });

    it('keeps quarantined originals in the quarantine folder only, by content hash, with their input named in the note', () => {
      const quarantined = report.files.filter((file: any) => file.status === 'quarantined');
      expect(quarantined.length).toBeGreaterThan(0);
      const outputDigests = new Set(Object.values(treeDigests(at('corpus-out'))));
      for (const file of quarantined) {
        const digest = createHash('sha256')
          .update(readFileSync(join(corpus, file.input)))
          .digest('hex');
        expect(existsSync(at('corpus-quarantine', `${digest}.dcm`))).toBe(true);
        expect(readJson(at('corpus-quarantine', `${digest}.json`)).inputs).toContain(file.input);
        expect(outputDigests.has(digest)).toBe(false);
      }
    });

    it('skips everything on a rerun, keeping the same bytes; another key gives other pseudonyms and UIDs', async () => {
      const before = treeDigests(at('corpus-out'));
      const rerun = await bundle.run([
        'deid',
        corpus,
        at('corpus-out'),
        '--key-file',
        keys.site,
        '--report',
        at('corpus-rerun.json'),
        '--quarantine',
        at('corpus-quarantine'),
      ]);
      expect(rerun.code).toBe(0);
      expect(readJson(at('corpus-rerun.json')).summary.skipped).toBe(corpusFiles.length);
      const after = treeDigests(at('corpus-out'));
      delete before[JOURNAL];
      delete after[JOURNAL];
      expect(after).toEqual(before);

      const other = await bundle.run(['deid', corpus, at('corpus-other'), '--key-file', keys.other]);
      expect(other.code).toBe(0);
      const parts = (folder: string) =>
        new Set(outputsBelow(folder).flatMap((path) => path.replace(/\.dcm$/, '').split('/')));
      const mine = parts(at('corpus-out'));
      expect([...parts(at('corpus-other'))].filter((part) => mine.has(part))).toEqual([]);
    }, 120_000);

    it('reads redacted ultrasound with OCR when asked, starting Tesseract in the threads that need it', async () => {
      mkdirSync(at('ocr-in'), { recursive: true });
      copyFileSync(join(corpus, 'pydicom', 'ExplVR_BigEnd.dcm'), at('ocr-in', 'us.dcm'));
      const ocr = await bundle.run([
        'deid',
        at('ocr-in'),
        at('ocr-out'),
        '--key-file',
        keys.site,
        '--ocr',
        '--report',
        at('ocr.json'),
      ]);
      expect(ocr.code).toBe(0);
      const [file] = readJson(at('ocr.json')).files;
      // Either verdict is right for a banner-less scan: OCR saw nothing, or it saw words and held the file.
      expect(
        file.status === 'deidentified' || (file.status === 'quarantined' && file.code === 'OCR_TEXT_FOUND'),
      ).toBe(true);
    }, 120_000);

    it('runs stage 2 over the stage-1 tree with the center key, identically twice', async () => {
      const a = await bundle.run([
        'deid',
        at('corpus-out'),
        at('corpus-center-a'),
        '--key-file',
        keys.center,
        '--stage',
        '2',
        '--report',
        at('corpus-center.json'),
      ]);
      const b = await bundle.run([
        'deid',
        at('corpus-out'),
        at('corpus-center-b'),
        '--key-file',
        keys.center,
        '--stage',
        '2',
      ]);
      expect([a.code, b.code]).toEqual([0, 0]);
      const center = readJson(at('corpus-center.json'));
      expect(center.summary.counts).toMatchObject({
        deidentified: outputsBelow(at('corpus-out')).length,
        failed: 0,
      });
      const digestsA = treeDigests(at('corpus-center-a'));
      const digestsB = treeDigests(at('corpus-center-b'));
      delete digestsA[JOURNAL];
      delete digestsB[JOURNAL];
      expect(digestsB).toEqual(digestsA);
    }, 120_000);
  },
);
