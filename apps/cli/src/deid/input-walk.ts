import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { portableRelative } from './path-relations';

/**
 * One entry of the input: a file to process, something that is not a regular file, or a folder that
 * cannot be listed (its files are unknown).
 */
export interface InputEntry {
  readonly absolute: string;
  /** Relative to the input folder, forward slashes (the file's own name when the input is one file). */
  readonly relative: string;
  readonly kind: 'file' | 'not-a-file' | 'unlisted-folder';
  readonly size: number;
  readonly mtimeMs: number;
}

function entryFor(absolute: string, relative: string): InputEntry {
  try {
    // stat follows links: a link to a file is that file; a link to a folder is never followed (loops).
    const stats = statSync(absolute);
    return {
      absolute,
      relative,
      kind: stats.isFile() ? 'file' : 'not-a-file',
      size: stats.size,
      mtimeMs: stats.mtimeMs,
    };
  } catch {
    // A dangling link, or a file gone since the listing: the worker's read will report why.
    return { absolute, relative, kind: 'file', size: -1, mtimeMs: -1 };
  }
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every entry below `root`, depth first with names in code-point order, so two runs list the same input
 * the same way. Lazy: only the listings of the folders on the current path are held.
 */
export function* walkInput(root: string, rootIsFile: boolean): Generator<InputEntry> {
  if (rootIsFile) {
    yield entryFor(root, basename(root));
    return;
  }
  yield* walkFolder(root, root);
}

function* walkFolder(root: string, folder: string): Generator<InputEntry> {
  let entries;
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    yield {
      absolute: folder,
      relative: portableRelative(root, folder) || '.',
      kind: 'unlisted-folder',
      size: -1,
      mtimeMs: -1,
    };
    return;
  }
  entries.sort((a, b) => byCodePoint(a.name, b.name));
  for (const entry of entries) {
    const absolute = join(folder, entry.name);
    if (entry.isDirectory()) yield* walkFolder(root, absolute);
    else yield entryFor(absolute, portableRelative(root, absolute));
  }
}

/** How many entries walkInput will yield, for the progress bar's total: listings only, no stat. */
export function countInput(root: string, rootIsFile: boolean): number {
  if (rootIsFile) return 1;
  let count = 0;
  const pending = [root];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    try {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        if (entry.isDirectory()) pending.push(join(folder, entry.name));
        else count += 1;
      }
    } catch {
      count += 1;
    }
  }
  return count;
}
