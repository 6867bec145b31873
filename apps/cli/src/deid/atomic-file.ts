import {
  closeSync,
  existsSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writevSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/** How publishing a file ended: written, already there with the same bytes, or there with other bytes. */
export type PublishResult = 'written' | 'identical' | 'conflict';

let temporaryCounter = 0;

// File systems without hard links (FAT, some network and FUSE mounts) answer link() with one of these.
const NO_HARD_LINKS = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** Writes every chunk with writev, continuing after a partial write. */
function writeAllChunks(fd: number, chunks: readonly Uint8Array[]): void {
  let pending = chunks.filter((chunk) => chunk.byteLength > 0);
  while (pending.length > 0) {
    let written = writevSync(fd, pending as Uint8Array[]);
    let index = 0;
    while (index < pending.length && written >= (pending[index] as Uint8Array).byteLength) {
      written -= (pending[index] as Uint8Array).byteLength;
      index += 1;
    }
    pending = pending.slice(index);
    if (written > 0 && pending.length > 0) pending[0] = (pending[0] as Uint8Array).subarray(written);
  }
}

/** True when the file at `path` holds exactly the concatenation of `chunks`. */
export function holdsExactly(path: string, chunks: readonly Uint8Array[], byteLength: number): boolean {
  const existing = readFileSync(path);
  if (existing.byteLength !== byteLength) return false;
  let offset = 0;
  for (const chunk of chunks) {
    if (Buffer.compare(existing.subarray(offset, offset + chunk.byteLength), chunk) !== 0) return false;
    offset += chunk.byteLength;
  }
  return true;
}

/** Where publishFile writes before linking, and the new file's mode. */
export interface PublishOptions {
  /**
   * A folder on the same file system for the temporary file (default: beside the target). A folder of
   * the thread's own keeps file creation and removal out of the shared target folders.
   */
  readonly temporaryFolder?: string;
  readonly mode?: number;
}

/**
 * Publishes a file atomically without ever replacing one: the chunks go to a temporary file, which is
 * then hard-linked into place (the link fails if the target exists, where a rename would silently
 * overwrite). An existing target is compared instead: same bytes is `identical`, other bytes `conflict`.
 */
export function publishFile(
  path: string,
  chunks: readonly Uint8Array[],
  byteLength: number,
  options: PublishOptions = {},
): PublishResult {
  const folder = options.temporaryFolder ?? dirname(path);
  const temporary = join(folder, `.${basename(path)}.${process.pid}-${threadId}-${++temporaryCounter}.tmp`);
  const fd = openSync(temporary, 'wx', options.mode ?? 0o644);
  try {
    writeAllChunks(fd, chunks);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temporary);
    throw error;
  }
  closeSync(fd);
  try {
    linkSync(temporary, path);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') {
      unlinkSync(temporary);
      return holdsExactly(path, chunks, byteLength) ? 'identical' : 'conflict';
    }
    if (code === 'EXDEV' && options.temporaryFolder !== undefined) {
      // The temporary folder is on another file system than this target: write beside it instead.
      unlinkSync(temporary);
      return publishFile(path, chunks, byteLength, { ...options, temporaryFolder: undefined });
    }
    if (code !== undefined && NO_HARD_LINKS.has(code)) {
      // Without links only a rename can publish, after a look that the target is still absent.
      if (existsSync(path)) {
        unlinkSync(temporary);
        return holdsExactly(path, chunks, byteLength) ? 'identical' : 'conflict';
      }
      renameSync(temporary, path);
      return 'written';
    }
    unlinkSync(temporary);
    throw error;
  }
  unlinkSync(temporary);
  return 'written';
}
