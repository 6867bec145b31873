import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { publishFile } from './atomic-file';
import { temporaryFolder } from './spec-support/temporary-folder';

const chunks = (...parts: string[]) => parts.map((part) => new TextEncoder().encode(part));
const length = (parts: readonly Uint8Array[]) => parts.reduce((sum, part) => sum + part.byteLength, 0);

describe('publishFile', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  beforeEach(() => {
    folder = temporaryFolder('lattice-publish');
  });
  afterEach(() => folder.remove());

  it('writes the chunks in order and leaves no temporary file behind', () => {
    const parts = chunks('DICM', 'header', 'pixels');
    expect(publishFile(join(folder.path, 'a.dcm'), parts, length(parts))).toBe('written');
    expect(readFileSync(join(folder.path, 'a.dcm'), 'utf8')).toBe('DICMheaderpixels');
    expect(readdirSync(folder.path)).toEqual(['a.dcm']);
  });

  it('writes through a temporary folder of its own, leaving it empty', () => {
    const scratch = join(folder.path, 'scratch');
    mkdirSync(scratch);
    const parts = chunks('via ', 'scratch');
    expect(publishFile(join(folder.path, 'b.dcm'), parts, length(parts), { temporaryFolder: scratch })).toBe(
      'written',
    );
    expect(readFileSync(join(folder.path, 'b.dcm'), 'utf8')).toBe('via scratch');
    expect(readdirSync(scratch)).toEqual([]);
  });

  it('reports identical bytes as identical and does not rewrite them', () => {
    const target = join(folder.path, 'a.dcm');
    const parts = chunks('same', 'bytes');
    publishFile(target, parts, length(parts));
    expect(publishFile(target, chunks('sa', 'mebytes'), 9)).toBe('identical');
    expect(readdirSync(folder.path)).toEqual(['a.dcm']);
  });

  it('never replaces a file holding other bytes: a conflict leaves the first file as it was', () => {
    const target = join(folder.path, 'a.dcm');
    writeFileSync(target, 'first version');
    const parts = chunks('second', ' version');
    expect(publishFile(target, parts, length(parts))).toBe('conflict');
    expect(readFileSync(target, 'utf8')).toBe('first version');
    expect(readdirSync(folder.path)).toEqual(['a.dcm']);
  });

  it('fails with the file system error when the folder is missing, writing nothing', () => {
    const parts = chunks('x');
    expect(() => publishFile(join(folder.path, 'missing', 'a.dcm'), parts, 1)).toThrow(
      expect.objectContaining({ code: 'ENOENT' }),
    );
    expect(readdirSync(folder.path)).toEqual([]);
  });
});
