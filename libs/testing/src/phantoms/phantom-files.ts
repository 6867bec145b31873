import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PhantomFile } from './ct-study';

/** What writePhantomFiles wrote. */
export interface WrittenPhantoms {
  readonly paths: readonly string[];
  readonly bytes: number;
}

/** Writes generated files below `folder` at their relative paths, one file in memory at a time. */
export function writePhantomFiles(files: Iterable<PhantomFile>, folder: string): WrittenPhantoms {
  const paths: string[] = [];
  let bytes = 0;
  for (const file of files) {
    const path = join(folder, file.relativePath);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, file.bytes);
    paths.push(path);
    bytes += file.bytes.byteLength;
  }
  return { paths, bytes };
}
