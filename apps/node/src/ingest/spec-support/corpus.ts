import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { workspaceRoot } from '@lattice/auth';

/** One entry of the public corpus manifest (the fields these tests read). */
export interface CorpusEntry {
  readonly file: string;
  readonly sop_class_uid: string | null;
  readonly transfer_syntax_uid: string | null;
  readonly malformed: boolean;
}

/** The shared public DICOM corpus: LATTICE_DICOM_CORPUS, else ../shared/dicom/public beside the repository. */
export const CORPUS_DIR = path.resolve(
  workspaceRoot(),
  process.env['LATTICE_DICOM_CORPUS'] ?? '../shared/dicom/public',
);

/** The manifest's entries, or null (with a warning) when the corpus is not on this machine. */
export function corpusManifest(): CorpusEntry[] | null {
  const manifest = path.join(CORPUS_DIR, 'manifest.json');
  if (!existsSync(manifest)) {
    console.warn(`public DICOM corpus not found at ${CORPUS_DIR}: corpus tests are skipped`);
    return null;
  }
  return JSON.parse(readFileSync(manifest, 'utf8')) as CorpusEntry[];
}
