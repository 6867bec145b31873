import path from 'node:path';

/** The repository root, for tests that run built bundles and the CLI. */
export const WORKSPACE_ROOT = path.resolve(__dirname, '../../..');

/** The shared public DICOM corpus used by corpus-wide tests, when it is present beside the repository. */
export const DICOM_CORPUS_DIR = path.resolve(
  WORKSPACE_ROOT,
  process.env.LATTICE_DICOM_CORPUS ?? '../shared/dicom/public',
);
