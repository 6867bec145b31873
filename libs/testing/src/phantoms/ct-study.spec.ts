import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDicom, tag, Tags, type DicomDataset, type DicomFile } from '@lattice/dicom';
import { generateCtStudy } from './ct-study';
import { isTaiwanNationalId } from './taiwan-national-id';

/** Every decoded text value of a file, at any depth, private elements and the file meta included. */
function textValues(file: DicomFile): string[] {
  const values: string[] = [];
  const visit = (dataset: DicomDataset) => {
    for (const element of dataset) {
      if (element.kind === 'sequence') element.items.forEach(visit);
      else if (element.kind === 'value') {
        const text = dataset.getString(element.tag);
        if (text !== undefined) values.push(text);
      }
    }
  };
  visit(file.meta);
  visit(file.dataset);
  return values;
}

function hounsfield(file: DicomFile, row: number, column: number): number {
  const pixels = file.dataset.get(Tags.PixelData);
  if (pixels?.kind !== 'value') throw new Error('no pixel data');
  const columns = file.dataset.getNumber(Tags.Columns) ?? 0;
  const view = new DataView(pixels.bytes.buffer, pixels.bytes.byteOffset, pixels.bytes.byteLength);
  const signed = file.dataset.getNumber(Tags.PixelRepresentation) === 1;
  const offset = (row * columns + column) * 2;
  const stored = signed ? view.getInt16(offset, true) : view.getUint16(offset, true);
  return (
    stored * (file.dataset.getNumber(tag(0x0028, 0x1053)) ?? 1) +
    (file.dataset.getNumber(tag(0x0028, 0x1052)) ?? 0)
  );
}

describe('generateCtStudy', () => {
  it('is deterministic for a seed, and another seed gives another patient and other UIDs', () => {
    const first = generateCtStudy({ seed: 'alpha', slices: 3, rows: 64, columns: 64 });
    const again = generateCtStudy({ seed: 'alpha', slices: 3, rows: 64, columns: 64 });
    const other = generateCtStudy({ seed: 'beta', slices: 3, rows: 64, columns: 64 });
    expect([...again.files()].map((file) => file.bytes)).toEqual(
      [...first.files()].map((file) => file.bytes),
    );
    expect(again.planted).toEqual(first.planted);
    expect(other.studyInstanceUid).not.toBe(first.studyInstanceUid);
    expect(other.patient.patientId).not.toBe(first.patient.patientId);
  });

  it('builds files one at a time, on demand', () => {
    const study = generateCtStudy({ slices: 300 });
    const files = study.files();
    const first = files.next();
    expect(first.done).toBe(false);
    expect(first.value?.index).toBe(0);
    expect(first.value?.bytes.byteLength).toBeGreaterThan(512 * 512 * 2);
    expect(study.sopInstanceUids).toHaveLength(300);
  });

  it.each(['GE', 'SIEMENS'] as const)('writes valid %s CT slices that our parser reads back', (vendor) => {
    const study = generateCtStudy({ seed: `valid-${vendor}`, vendor, slices: 4 });
    const files = [...study.files()].map((file) => ({ file, parsed: parseDicom(file.bytes) }));
    files.forEach(({ file, parsed }, index) => {
      const { dataset } = parsed;
      expect(parsed.transferSyntaxUid).toBe('1.2.840.10008.1.2.1');
      expect(dataset.getString(Tags.SOPClassUID)).toBe('1.2.840.10008.5.1.4.1.1.2');
      expect(dataset.getString(Tags.SOPInstanceUID)).toBe(file.sopInstanceUid);
      expect(parsed.meta.getString(Tags.MediaStorageSOPInstanceUID)).toBe(file.sopInstanceUid);
      expect(dataset.getString(Tags.StudyInstanceUID)).toBe(study.studyInstanceUid);
      expect(dataset.getNumber(Tags.InstanceNumber)).toBe(index + 1);
      expect([
        dataset.getNumber(Tags.Rows),
        dataset.getNumber(Tags.Columns),
        dataset.getNumber(Tags.BitsAllocated),
      ]).toEqual([512, 512, 16]);
      const pixels = dataset.get(Tags.PixelData);
      expect(pixels?.kind === 'value' ? pixels.bytes.byteLength : 0).toBe(512 * 512 * 2);
      expect(dataset.getNumbers(tag(0x0020, 0x0032))[2]).toBeCloseTo(-1.25 * index);
      expect(dataset.getString(Tags.Manufacturer)).toBe(vendor === 'GE' ? 'GE MEDICAL SYSTEMS' : 'SIEMENS');
      for (const uid of [
        study.studyInstanceUid,
        study.seriesInstanceUid,
        study.frameOfReferenceUid,
        file.sopInstanceUid,
      ]) {
        expect(uid.length).toBeLessThanOrEqual(64);
        expect(uid).toMatch(/^(0|[1-9]\d*)(\.(0|[1-9]\d*))+$/);
      }
    });
  });

  it('plants every identifying value it lists, names in two scripts and a valid national id among them', () => {
    const study = generateCtStudy({ seed: 'planted', slices: 2, rows: 64, columns: 64 });
    const [first] = [...study.files()];
    const text = textValues(parseDicom(first?.bytes ?? new Uint8Array())).join('\n');
    const instanceUids = new Set(study.sopInstanceUids.slice(1));
    for (const planted of study.planted) {
      if (instanceUids.has(planted.value)) continue;
      expect({ planted, found: text.includes(planted.value) }).toEqual({ planted, found: true });
    }
    expect(isTaiwanNationalId(study.patient.nationalId)).toBe(true);
    expect(study.planted.some((item) => item.where.startsWith('GEMS_IDEN_01'))).toBe(true);
    expect(text).toContain(
      `for ${study.patient.name.given} ${study.patient.name.family}, MRN ${study.patient.patientId}`,
    );
  });

  it('draws a torso: soft tissue in the middle, lung in the chest, padding outside the scan circle', () => {
    const study = generateCtStudy({ seed: 'pixels', slices: 10 });
    const [chest] = [...study.files()].map((file) => parseDicom(file.bytes));
    if (!chest) throw new Error('no slice');
    expect(hounsfield(chest, 256, 256)).toBeGreaterThan(-60);
    expect(hounsfield(chest, 256, 256)).toBeLessThan(120);
    expect(hounsfield(chest, 240, 180)).toBeLessThan(-700);
    // GE stores -2000 outside the reconstruction circle: -3024 HU after the -1024 intercept.
    expect(hounsfield(chest, 2, 2)).toBe(-3024);
  });

  const dcmdump = spawnSync('dcmdump', ['--version'], { encoding: 'utf8' });
  (dcmdump.status === 0 ? it : it.skip)('writes files that DCMTK reads without a warning', () => {
    const folder = mkdtempSync(join(tmpdir(), 'lattice-phantom-'));
    try {
      for (const vendor of ['GE', 'SIEMENS'] as const) {
        const [file] = [...generateCtStudy({ seed: 'dcmtk', vendor, slices: 1 }).files()];
        const path = join(folder, `${vendor}.dcm`);
        writeFileSync(path, file?.bytes ?? new Uint8Array());
        const dump = spawnSync('dcmdump', ['-dc', '+U8', path], { encoding: 'utf8' });
        expect({ vendor, status: dump.status, stderr: dump.stderr }).toEqual({
          vendor,
          status: 0,
          stderr: '',
        });
        expect(dump.stdout).toContain('(7fe0,0010) OW');
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
