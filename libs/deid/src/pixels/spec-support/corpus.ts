import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** One file of the shared public DICOM corpus, as its manifest.json describes it. */
export interface CorpusEntry {
  readonly file: string;
  readonly modality: string | null;
  readonly transfer_syntax_uid: string | null;
  readonly sop_class_uid: string | null;
  readonly burned_in_annotation: string | null;
  readonly number_of_frames: number | null;
  readonly malformed: boolean;
  readonly notes: string;
}

export interface Corpus {
  readonly dir: string;
  readonly entries: readonly CorpusEntry[];
  read(file: string): Uint8Array;
}

function repositoryRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** The corpus named by LATTICE_DICOM_CORPUS (default ../shared/dicom/public from the repository root), or null. */
export function findCorpus(): Corpus | null {
  const dir = process.env['LATTICE_DICOM_CORPUS'] ?? resolve(repositoryRoot(), '../shared/dicom/public');
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return null;
  const entries = JSON.parse(readFileSync(manifest, 'utf8')) as CorpusEntry[];
  return { dir, entries, read: (file) => new Uint8Array(readFileSync(join(dir, file))) };
}

/** A describe block over the corpus, or a skipped one (with a warning) when the corpus is not there. */
export function describeWithCorpus(title: string, body: (corpus: Corpus) => void): void {
  const corpus = findCorpus();
  if (!corpus) {
    console.warn(`DICOM corpus not found (set LATTICE_DICOM_CORPUS): skipping "${title}"`);
    describe.skip(`${title} (DICOM corpus not found)`, () => {
      it('needs the corpus', () => undefined);
    });
    return;
  }
  describe(title, () => body(corpus));
}
