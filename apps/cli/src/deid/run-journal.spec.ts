import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { secretKeyFromBytes } from '@lattice/keys';
import { JOURNAL_FILE_NAME, RunJournal } from './run-journal';
import { temporaryFolder } from './spec-support/temporary-folder';

const key = (seed: number) =>
  secretKeyFromBytes(Uint8Array.from({ length: 32 }, (_, i) => (i * 31 + seed) & 0xff));
const settings = { stage: 1, profile: 'research-default', options: ['cleanDescriptors'] };
const version = {
  relative: 'CHEN_MEI-LING_04512378/IM00001.dcm',
  size: 528_314,
  mtimeMs: 1_700_000_000_123.5,
};
const done = { status: 'deidentified', output: 'P1ABC/2.25.1/2.25.2/2.25.3.dcm' } as const;

describe('RunJournal', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  beforeEach(() => {
    folder = temporaryFolder('lattice-journal');
  });
  afterEach(() => folder.remove());

  it('finds, after reopening, what a run with the same key and settings recorded', () => {
    const journal = RunJournal.open(folder.path, key(1), settings);
    expect(journal.find(version)).toBeUndefined();
    journal.record(version, done);
    journal.close();
    expect(RunJournal.open(folder.path, key(1), settings).find(version)).toEqual(done);
  });

  it('finds nothing under another key, other settings, or another version of the file', () => {
    const journal = RunJournal.open(folder.path, key(1), settings);
    journal.record(version, done);
    journal.close();
    expect(RunJournal.open(folder.path, key(2), settings).find(version)).toBeUndefined();
    expect(RunJournal.open(folder.path, key(1), { ...settings, stage: 2 }).find(version)).toBeUndefined();
    const reopened = RunJournal.open(folder.path, key(1), settings);
    expect(reopened.find({ ...version, size: version.size + 1 })).toBeUndefined();
    expect(reopened.find({ ...version, mtimeMs: version.mtimeMs + 1 })).toBeUndefined();
  });

  it('names no input file or folder in the file it writes', () => {
    const journal = RunJournal.open(folder.path, key(1), settings);
    journal.record(version, done);
    journal.close();
    const text = readFileSync(join(folder.path, JOURNAL_FILE_NAME), 'utf8');
    expect(text).not.toContain('CHEN');
    expect(text).not.toContain('04512378');
    expect(text).not.toContain('IM00001');
    expect(text).toContain('P1ABC/2.25.1/2.25.2/2.25.3.dcm');
  });

  it('ignores a line cut short by an interrupted write', () => {
    const journal = RunJournal.open(folder.path, key(1), settings);
    journal.record(version, done);
    journal.close();
    appendFileSync(join(folder.path, JOURNAL_FILE_NAME), '{"k":"abc","status":"deidenti');
    const reopened = RunJournal.open(folder.path, key(1), settings);
    expect(reopened.find(version)).toEqual(done);
  });
});
