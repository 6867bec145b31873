import { open, readdir, stat } from 'node:fs/promises';
import path from 'node:path';

/** A file found under the import folder. */
export interface FoundFile {
  readonly path: string;
  /** The path relative to the folder, as the summary names it. */
  readonly name: string;
  readonly size: number;
}

/** Every regular file under a folder, in name order, files before subfolders (links are not followed). */
export async function* walkFiles(root: string): AsyncGenerator<FoundFile> {
  const pending = [root];
  while (pending.length > 0) {
    const folder = pending.pop() as string;
    const entries = (await readdir(folder, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    const subfolders: string[] = [];
    for (const entry of entries) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) subfolders.push(full);
      else if (entry.isFile())
        yield { path: full, name: path.relative(root, full), size: (await stat(full)).size };
    }
    for (let i = subfolders.length - 1; i >= 0; i -= 1) pending.push(subfolders[i] as string);
  }
}

const PREAMBLE = 128;

/**
 * Whether bytes look like DICOM: `DICM` after the 128-byte preamble or at the start, or a data set
 * that begins with a File Meta (0002) or Identifying (0008) group element, little endian. The node
 * decides for real; this keeps README files and pictures out of the upload.
 */
export function looksLikeDicom(head: Uint8Array): boolean {
  const ascii = (offset: number) => String.fromCharCode(...head.subarray(offset, offset + 4));
  if (head.length >= PREAMBLE + 4 && ascii(PREAMBLE) === 'DICM') return true;
  if (head.length >= 4 && ascii(0) === 'DICM') return true;
  if (head.length < 8) return false;
  const group = (head[0] as number) | ((head[1] as number) << 8);
  return group === 0x0002 || group === 0x0008;
}

/** Reads the first bytes of a file for looksLikeDicom. */
export async function readHead(file: string): Promise<Uint8Array> {
  const handle = await open(file, 'r');
  try {
    const buffer = Buffer.alloc(PREAMBLE + 4);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}
