import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The workspace root: the nearest folder above this file that holds nx.json. */
export function workspaceRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nx.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

/** One corpus file as manifest.json describes it (the fields these tests read). */
export interface CorpusFile {
  readonly file: string;
  readonly modality: string | null;
  readonly transfer_syntax_uid: string | null;
  readonly specific_character_set: string | null;
  readonly malformed: boolean;
  readonly notes: string;
}

/** The shared DICOM corpus: its folder, manifest and a reader. */
export interface Corpus {
  readonly dir: string;
  readonly files: readonly CorpusFile[];
  read(file: string): Uint8Array;
}

/** The corpus at $LATTICE_DICOM_CORPUS, default ../shared/dicom/public from the workspace root; null when absent. */
export function findCorpus(): Corpus | null {
  const dir =
    process.env['LATTICE_DICOM_CORPUS'] ?? resolve(workspaceRoot(), '..', 'shared', 'dicom', 'public');
  const manifest = join(dir, 'manifest.json');
  if (!existsSync(manifest)) return null;
  const files = JSON.parse(readFileSync(manifest, 'utf8')) as CorpusFile[];
  return { dir, files, read: (file) => new Uint8Array(readFileSync(join(dir, file))) };
}

/** The standards folder at $LATTICE_STANDARDS_DIR, default ../shared/standards; null when absent. */
export function findStandardsDir(): string | null {
  const dir = process.env['LATTICE_STANDARDS_DIR'] ?? resolve(workspaceRoot(), '..', 'shared', 'standards');
  return existsSync(join(dir, 'pymedphys_e1_1_confidentiality_profile_2026d.json')) ? dir : null;
}

/** Runs `body` with the shared data, or warns and registers a skipped describe whose title says what is missing. */
export function describeWithData<T>(
  title: string,
  what: string,
  data: T | null,
  body: (data: T) => void,
): void {
  if (data === null) {
    console.warn(`${what} not found: skipping "${title}"`);
    describe.skip(`${title} (${what} not found)`, () => {
      it(`needs the ${what}`, () => undefined);
    });
    return;
  }
  describe(title, () => body(data));
}
