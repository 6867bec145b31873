import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { countInput, walkInput } from './input-walk';
import { temporaryFolder } from './spec-support/temporary-folder';

describe('walkInput', () => {
  let folder: ReturnType<typeof temporaryFolder>;
  beforeEach(() => {
    folder = temporaryFolder('lattice-walk');
    mkdirSync(join(folder.path, 'b', 'deeper'), { recursive: true });
    mkdirSync(join(folder.path, 'a'));
    writeFileSync(join(folder.path, 'z.dcm'), 'z');
    writeFileSync(join(folder.path, 'b', 'deeper', '2.dcm'), '22');
    writeFileSync(join(folder.path, 'b', '1.dcm'), '1');
    writeFileSync(join(folder.path, 'a', 'x.dcm'), 'xxx');
    symlinkSync(join(folder.path, 'b'), join(folder.path, 'link-to-b'));
  });
  afterEach(() => folder.remove());

  it('lists every file below the folder in a stable order, with relative paths and sizes', () => {
    const entries = [...walkInput(folder.path, false)];
    expect(entries.map((entry) => [entry.relative, entry.kind, entry.size])).toEqual([
      ['a/x.dcm', 'file', 3],
      ['b/1.dcm', 'file', 1],
      ['b/deeper/2.dcm', 'file', 2],
      ['link-to-b', 'not-a-file', expect.any(Number)],
      ['z.dcm', 'file', 1],
    ]);
    expect(countInput(folder.path, false)).toBe(entries.length);
  });

  it('names a single input file by its own name', () => {
    const [entry] = [...walkInput(join(folder.path, 'a', 'x.dcm'), true)];
    expect(entry).toMatchObject({ relative: 'x.dcm', kind: 'file', size: 3 });
  });
});
