import { DicomDataset, tag, Tags } from '@lattice/dicom';
import { readProvenance } from './stored-instance';

function codeItem(parent: DicomDataset, value: string) {
  const item = parent.createItem();
  item.setString(tag(0x0008, 0x0100), 'SH', value);
  item.setString(tag(0x0008, 0x0102), 'SH', 'DCM');
  item.setString(tag(0x0008, 0x0104), 'LO', `meaning of ${value}`);
  return item;
}

describe('readProvenance', () => {
  it("splits the file's methods by stage and its codes at the count stage 2 appended", () => {
    const dataset = new DicomDataset();
    dataset.setString(Tags.PatientIdentityRemoved, 'CS', 'YES');
    dataset.setString(Tags.LongitudinalTemporalInformationModified, 'CS', 'MODIFIED');
    dataset.setStrings(Tags.DeidentificationMethod, 'LO', [
      'VENDOR ANONYMIZER',
      'LATTICE stage 1: research-default (PS3.15 2026d)',
      'LATTICE stage 2: research-default (PS3.15 2026d)',
    ]);
    const items = ['113100', '113107', '113101', '113100', '113107'].map((value) => codeItem(dataset, value));
    dataset.set({ kind: 'sequence', tag: Tags.DeidentificationMethodCodeSequence, vr: 'SQ', items });

    const provenance = readProvenance(dataset, 2);
    expect(provenance.patientIdentityRemoved).toBe('YES');
    expect(provenance.longitudinalTemporalInformationModified).toBe('MODIFIED');
    expect(
      provenance.stages.map((stage) => [stage.stage, stage.methods.length, stage.codes.map((c) => c.value)]),
    ).toEqual([
      [0, 1, []],
      [1, 1, ['113100', '113107', '113101']],
      [2, 1, ['113100', '113107']],
    ]);
    expect(provenance.codes[0]).toEqual({ value: '113100', scheme: 'DCM', meaning: 'meaning of 113100' });
  });
});
