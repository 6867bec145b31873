import { mkdirSync, readdirSync, rmdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** The output folder's scratch space: one folder per thread, removed when the thread stops. */
export const TEMPORARY_FOLDER_NAME = '.lattice-deid-tmp';

/** This thread's scratch folder below the output folder, created on first use. */
export function createThreadTemporaryFolder(outputRoot: string): string {
  const folder = join(outputRoot, TEMPORARY_FOLDER_NAME, `${process.pid}-${threadId}`);
  mkdirSync(folder, { recursive: true });
  return folder;
}

/** Removes this thread's scratch folder, and the scratch space itself once no thread uses it. */
export function removeThreadTemporaryFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
  removeTemporaryFolderIfEmpty(join(folder, '..'));
}

function removeTemporaryFolderIfEmpty(folder: string): void {
  try {
    rmdirSync(folder);
  } catch {
    // Other threads still work there, or it is gone already.
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the scratch folders a run that ended abruptly left behind (their process is gone), and with
 * `ownToo` this process's as well (at the end of a run, when its threads have stopped).
 */
export function removeStaleTemporaryFolders(outputRoot: string, ownToo = false): void {
  const root = join(outputRoot, TEMPORARY_FOLDER_NAME);
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return;
  }
  for (const entry of entries) {
    const pid = Number(entry.split('-')[0]);
    const stale = !Number.isInteger(pid) || pid <= 0 || (ownToo && pid === process.pid) || !isRunning(pid);
    if (stale) rmSync(join(root, entry), { recursive: true, force: true });
  }
  removeTemporaryFolderIfEmpty(root);
}
