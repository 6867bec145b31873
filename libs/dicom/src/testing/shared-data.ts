// Test support shared by the DICOM and de-identification libraries' specs (entry `@lattice/dicom/testing`):
// where the shared public corpus and the standard's tables are, and describe blocks that skip loudly
// when they are missing. Never imported by production code.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The workspace root (the folder holding nx.json). */
export function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** One file of the shared DICOM corpus as manifest.json describes it. */
export interface CorpusEntry {
  readonly file: string;
  readonly modality: string | null;
  readonly transfer_syntax_uid: string | null;
  readonly sop_class_uid: string | null;
  readonly specific_character_set: string | null;
  readonly burned_in_annotation: string | null;
  readonly has_private_tags: boolean;
  readonly malformed: boolean;
  readonly has_preamble: boolean;
  readonly number_of_frames: number | null;
  readonly size_bytes: number;
  readonly notes: string;
}

export interface Corpus {
  readonly dir: string;
  readonly entries: readonly CorpusEntry[];
  read(file: string): Uint8Array;
}

/** The corpus at $LATTICE_DICOM_CORPUS (default ../shared/dicom/public from the repository root), or null. */
export function findCorpus(): Corpus | null {
  const dir =
    process.env['LATTICE_DICOM_CORPUS'] ?? resolve(repositoryRoot(), '..', 'shared', 'dicom', 'public');
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return null;
  const entries = JSON.parse(readFileSync(manifest, 'utf8')) as CorpusEntry[];
  return { dir, entries, read: (file) => new Uint8Array(readFileSync(join(dir, file))) };
}

/**
 * The standards folder at $LATTICE_STANDARDS_DIR (default ../shared/standards), or null when it does
 * not hold `requiredFile`.
 */
export function findStandardsDir(requiredFile: string): string | null {
  const dir = process.env['LATTICE_STANDARDS_DIR'] ?? resolve(repositoryRoot(), '..', 'shared', 'standards');
  return existsSync(join(dir, requiredFile)) ? dir : null;
}

/** A describe block that runs with the shared data, or is skipped loudly when it is missing. */
export function describeWith<T>(title: string, what: string, found: T | null, body: (data: T) => void): void {
  if (found === null) {
    console.warn(`${what} not found: skipping "${title}"`);
    describe.skip(`${title} (${what} not found)`, () => {
      it(`needs the ${what}`, () => undefined);
    });
    return;
  }
  describe(title, () => body(found));
}

/** A describe block over the corpus, skipped loudly when the corpus is not there. */
export function describeWithCorpus(title: string, body: (corpus: Corpus) => void): void {
  describeWith(title, 'DICOM corpus (set LATTICE_DICOM_CORPUS)', findCorpus(), body);
}
