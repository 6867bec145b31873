import path from 'node:path';

/** The repository root: the bundle runs from dist/apps/cli. */
export const WORKSPACE_ROOT = path.resolve(__dirname, '../../..');
