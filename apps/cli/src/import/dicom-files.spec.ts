import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { looksLikeDicom, readHead, walkFiles } from './dicom-files';

describe('finding DICOM files', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'lattice-import-walk-'));
    mkdirSync(path.join(root, 'b', 'deeper'), { recursive: true });
    mkdirSync(path.join(root, 'a'));
    writeFileSync(path.join(root, 'z.dcm'), Buffer.concat([Buffer.alloc(128), Buffer.from('DICM')]));
    writeFileSync(path.join(root, 'a', '2.txt'), 'text');
    writeFileSync(path.join(root, 'a', '1.dcm'), '');
    writeFileSync(path.join(root, 'b', 'deeper', 'x'), 'x');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks every file, files of a folder first, in name order', async () => {
    const names: string[] = [];
    for await (const file of walkFiles(root)) names.push(file.name);
    expect(names).toEqual([
      'z.dcm',
      path.join('a', '1.dcm'),
      path.join('a', '2.txt'),
      path.join('b', 'deeper', 'x'),
    ]);
  });

  it('tells DICOM from other files by their first bytes', async () => {
    expect(looksLikeDicom(await readHead(path.join(root, 'z.dcm')))).toBe(true);
    expect(looksLikeDicom(await readHead(path.join(root, 'a', '2.txt')))).toBe(false);
    expect(looksLikeDicom(await readHead(path.join(root, 'a', '1.dcm')))).toBe(false);
    expect(looksLikeDicom(Buffer.from('DICM\u0002\u0000'))).toBe(true);
    // A bare data set: (0008,0005) Specific Character Set, implicit VR.
    expect(looksLikeDicom(Buffer.from([0x08, 0x00, 0x05, 0x00, 0x0a, 0x00, 0x00, 0x00]))).toBe(true);
    expect(looksLikeDicom(Buffer.from('%PDF-1.7 and more'))).toBe(false);
  });
});
