import { parseDicom, Tags } from '@lattice/dicom';
import { syntheticSlice } from '../ingest/spec-support/synthetic-study';
import { part10File } from './file-meta';

describe('the file meta of a received data set', () => {
  it('makes a Part 10 file that reads back with the command UIDs and the accepted syntax', () => {
    const file = syntheticSlice(
      {
        patient: {
          patientId: 'P',
          patientName: 'N',
          birthDate: '19000101',
          accessionNumber: 'A',
          institution: 'I',
        },
        slices: 1,
        size: 8,
      },
      0,
    );
    const full = Buffer.from(file);
    const datasetStart = 132 + 12 + full.readUInt32LE(140);
    const dataset = full.subarray(datasetStart);
    // Received in two PDVs.
    const bytes = part10File(
      {
        sopClassUid: '1.2.840.10008.5.1.4.1.1.2',
        sopInstanceUid: '1.2.3.44',
        transferSyntaxUid: '1.2.840.10008.1.2.1',
        sourceAeTitle: 'STORESCU ',
      },
      [dataset.subarray(0, 100), dataset.subarray(100)],
    );
    const parsed = parseDicom(bytes);
    expect(parsed.meta.getString(Tags.MediaStorageSOPClassUID)).toBe('1.2.840.10008.5.1.4.1.1.2');
    expect(parsed.meta.getString(Tags.MediaStorageSOPInstanceUID)).toBe('1.2.3.44');
    expect(parsed.meta.getString(Tags.TransferSyntaxUID)).toBe('1.2.840.10008.1.2.1');
    expect(parsed.meta.getString(Tags.SourceApplicationEntityTitle)).toBe('STORESCU');
    expect(parsed.transferSyntaxUid).toBe('1.2.840.10008.1.2.1');
    expect(parsed.dataset.getString(Tags.PatientID)).toBe('P');
    expect(bytes.subarray(bytes.length - dataset.length).equals(dataset)).toBe(true);
  });
});
