import { Tags } from '@lattice/dicom';
import { readReceivedFacts, UnreadableObjectError } from './received-facts';
import { studyUids, syntheticSlice } from './spec-support/synthetic-study';

const options = {
  patient: {
    patientId: '  MRN-FACTS-1 ',
    patientName: 'Ng^Mei',
    birthDate: '19800101',
    accessionNumber: 'A1',
    institution: 'X',
  },
  slices: 1,
  size: 8,
};

describe('facts read before de-identification', () => {
  it('are the Patient ID (trimmed), the SOP, study and series UIDs and the device', () => {
    expect(readReceivedFacts(syntheticSlice(options, 0))).toEqual({
      patientId: 'MRN-FACTS-1',
      sopClassUid: '1.2.840.10008.5.1.4.1.1.2',
      sopInstanceUid: studyUids(options).instance(0),
      studyInstanceUid: studyUids(options).study,
      seriesInstanceUid: studyUids(options).series,
      modality: 'CT',
      manufacturer: 'LATTICE PHANTOMS',
    });
  });

  it('leave the Patient ID empty when the file has none', () => {
    const bytes = syntheticSlice({ ...options, extra: (dataset) => dataset.delete(Tags.PatientID) }, 0);
    expect(readReceivedFacts(bytes).patientId).toBe('');
  });

  it.each([
    ['empty input', Buffer.alloc(0), 'EMPTY'],
    ['a text file', Buffer.from('just some words in a file, nothing more than that'), undefined],
    ['a truncated file', Buffer.from(syntheticSlice(options, 0)).subarray(0, 400), undefined],
  ])('refuse %s with the parser code', (_what, bytes, code) => {
    let thrown: unknown;
    try {
      readReceivedFacts(bytes);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(UnreadableObjectError);
    if (code) expect((thrown as UnreadableObjectError).code).toBe(code);
  });
});
