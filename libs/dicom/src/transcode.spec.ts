import { CharsetError } from './charset';
import { DicomDataset } from './dataset';
import { TransferSyntax } from './dicom-file';
import { parseDicom } from './parse-dicom';
import { Tags } from './tag';
import { transcodeToUtf8 } from './transcode';
import { serializeDicom } from './write-dicom';

const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const REFERENCED_SERIES = 0x00081115;
const STUDY_COMMENTS = 0x00324000;

function japaneseDataset(): { root: DicomDataset; item: DicomDataset } {
  const root = new DicomDataset();
  root.set({ kind: 'value', tag: Tags.SpecificCharacterSet, vr: 'CS', bytes: ascii('\\ISO 2022 IR 87') });
  root.setString(Tags.SOPClassUID, 'UI', '1.2.840.10008.5.1.4.1.1.7');
  root.setString(Tags.SOPInstanceUID, 'UI', '1.2.3');
  // Yamada^Tarou=山田^太郎
  root.set({
    kind: 'value',
    tag: Tags.PatientName,
    vr: 'PN',
    bytes: hex('59616d6164615e5461726f753d 1b2442 3b334544 1b2842 5e 1b2442 42404f3a 1b2842'),
  });
  root.set({ kind: 'value', tag: Tags.Modality, vr: 'CS', bytes: ascii('OT') });
  const item = root.createItem();
  item.set({ kind: 'value', tag: Tags.SpecificCharacterSet, vr: 'CS', bytes: ascii('ISO_IR 100') });
  item.set({ kind: 'value', tag: Tags.PatientName, vr: 'PN', bytes: hex('4d fc 6c 6c 65 72') });
  item.set({ kind: 'value', tag: STUDY_COMMENTS, vr: 'LT', bytes: ascii('plain ') });
  root.set({ kind: 'sequence', tag: REFERENCED_SERIES, vr: 'SQ', items: [item] });
  return { root, item };
}

describe('transcodeToUtf8', () => {
  it('rewrites text at every depth to UTF-8, drops item character sets and declares ISO_IR 192', () => {
    const { root, item } = japaneseDataset();
    expect(transcodeToUtf8(root)).toBe(true);
    expect(root.getString(Tags.SpecificCharacterSet)).toBe('ISO_IR 192');
    expect(item.has(Tags.SpecificCharacterSet)).toBe(false);
    expect(root.getString(Tags.PatientName)).toBe('Yamada^Tarou=山田^太郎');
    expect(item.getString(Tags.PatientName)).toBe('Müller');
    const name = root.get(Tags.PatientName);
    expect(name?.kind === 'value' && Buffer.from(name.bytes).toString('utf8')).toBe('Yamada^Tarou=山田^太郎');
    expect(root.getString(Tags.Modality)).toBe('OT');
    // Values survive a write and re-read.
    const reread = parseDicom(
      serializeDicom({
        preamble: null,
        meta: new DicomDataset(),
        dataset: root,
        transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
        encoding: { littleEndian: true, explicitVr: true, deflated: false },
      }),
    );
    expect(reread.dataset.getString(Tags.PatientName)).toBe('Yamada^Tarou=山田^太郎');
    expect(reread.dataset.getItems(REFERENCED_SERIES)[0]?.getString(Tags.PatientName)).toBe('Müller');
  });

  it('is idempotent and deterministic', () => {
    const first = japaneseDataset().root;
    const second = japaneseDataset().root;
    transcodeToUtf8(first);
    transcodeToUtf8(second);
    expect(transcodeToUtf8(first)).toBe(false);
    const bytesOf = (dataset: DicomDataset) => {
      const element = dataset.get(Tags.PatientName);
      return element?.kind === 'value' ? [...element.bytes] : [];
    };
    expect(bytesOf(first)).toEqual(bytesOf(second));
  });

  it('keeps an ASCII-compatible declaration when no non-ASCII text remains, and removes ISO_IR 13', () => {
    const latin = new DicomDataset();
    latin.setString(Tags.SpecificCharacterSet, 'CS', 'ISO_IR 100');
    latin.setString(Tags.PatientName, 'PN', 'Doe^Jane');
    expect(transcodeToUtf8(latin)).toBe(false);
    expect(latin.getString(Tags.SpecificCharacterSet)).toBe('ISO_IR 100');

    const katakana = new DicomDataset();
    katakana.setString(Tags.SpecificCharacterSet, 'CS', 'ISO_IR 13');
    katakana.setString(Tags.PatientName, 'PN', 'Doe^Jane');
    expect(transcodeToUtf8(katakana)).toBe(true);
    expect(katakana.has(Tags.SpecificCharacterSet)).toBe(false);
  });

  it('changes nothing when a value cannot be decoded', () => {
    const root = new DicomDataset();
    root.set({ kind: 'value', tag: Tags.SpecificCharacterSet, vr: 'CS', bytes: ascii('ISO_IR 999') });
    root.set({ kind: 'value', tag: Tags.InstitutionName, vr: 'LO', bytes: hex('4d fc') });
    const item = root.createItem();
    item.set({ kind: 'value', tag: Tags.SpecificCharacterSet, vr: 'CS', bytes: ascii('ISO_IR 100') });
    item.set({ kind: 'value', tag: Tags.PatientName, vr: 'PN', bytes: hex('e9') });
    root.set({ kind: 'sequence', tag: REFERENCED_SERIES, vr: 'SQ', items: [item] });
    expect(() => transcodeToUtf8(root)).toThrow(CharsetError);
    expect(item.has(Tags.SpecificCharacterSet)).toBe(true);
    const name = item.get(Tags.PatientName);
    expect(name?.kind === 'value' && [...name.bytes]).toEqual([0xe9]);
  });
});

describe('setString with non-ASCII text', () => {
  it('is allowed after transcodeToUtf8', () => {
    const { root, item } = japaneseDataset();
    expect(() => item.setString(Tags.PatientName, 'PN', '李^明')).toThrow(CharsetError);
    transcodeToUtf8(root);
    item.setString(Tags.PatientName, 'PN', '李^明');
    expect(item.getString(Tags.PatientName)).toBe('李^明');
  });

  it('declares ISO_IR 192 by itself when all existing text is ASCII', () => {
    const root = new DicomDataset();
    root.setString(Tags.SpecificCharacterSet, 'CS', 'ISO_IR 100');
    root.setString(Tags.PatientName, 'PN', 'Doe^Jane');
    root.setString(Tags.InstitutionName, 'LO', '臺大醫院');
    expect(root.getString(Tags.SpecificCharacterSet)).toBe('ISO_IR 192');
    expect(root.getString(Tags.InstitutionName)).toBe('臺大醫院');
  });

  it('refuses when existing text is in another character set', () => {
    const root = new DicomDataset();
    root.setString(Tags.SpecificCharacterSet, 'CS', 'ISO_IR 100');
    root.set({ kind: 'value', tag: Tags.PatientName, vr: 'PN', bytes: hex('4d fc') });
    expect(() => root.setString(Tags.InstitutionName, 'LO', '臺大')).toThrow(CharsetError);
  });
});
