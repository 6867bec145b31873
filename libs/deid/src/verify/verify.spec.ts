import { DicomDataset, tag, Tags, type DicomFile } from '@lattice/dicom';
import { compileProfile } from '../profile/compile-profile';
import { RESEARCH_DEFAULT_PROFILE } from '../profile/named-profiles';
import { DEFAULT_PATIENT, syntheticCt } from '../spec-support/synthetic-study';
import { collectIdentifiers } from './collect-identifiers';
import { verify } from './verify';

const research = compileProfile(RESEARCH_DEFAULT_PROFILE);

/** An output that keeps only what no identifier can be found in. */
function cleanOutput(): DicomFile {
  const file = syntheticCt({ size: 4 });
  const dataset = new DicomDataset(true);
  dataset.setString(Tags.SOPClassUID, 'UI', '1.2.840.10008.5.1.4.1.1.2');
  dataset.setString(Tags.SOPInstanceUID, 'UI', '2.25.1234');
  dataset.setString(Tags.Modality, 'CS', 'CT');
  dataset.setString(Tags.Manufacturer, 'LO', 'GE MEDICAL SYSTEMS');
  dataset.setString(Tags.PatientName, 'PN', 'P1XYZ');
  const meta = new DicomDataset(true);
  meta.setString(Tags.MediaStorageSOPInstanceUID, 'UI', '2.25.1234');
  return { ...file, meta, dataset };
}

function nestedItem(dataset: DicomDataset, depth: number): DicomDataset {
  let current = dataset;
  for (let level = 0; level < depth; level += 1) {
    const item = current.createItem();
    current.set({ kind: 'sequence', tag: tag(0x0040, 0xa730), vr: 'SQ', items: [item] });
    current = item;
  }
  return current;
}

describe('collectIdentifiers', () => {
  it('finds names and their components, ids, dates, instance UIDs, addresses and free-text tokens at every depth', () => {
    const identifiers = collectIdentifiers(syntheticCt({ size: 4 }), research);
    const byKind = (kind: string) =>
      identifiers.filter((item) => item.kind === kind).map((item) => item.value);
    expect(byKind('patient-name')).toEqual(expect.arrayContaining(['Doe', 'Jane', 'Quinn']));
    expect(byKind('person-name')).toEqual(
      expect.arrayContaining(['Referring', 'Rhoda', 'Operator', 'Olivia']),
    );
    expect(byKind('patient-id')).toEqual([DEFAULT_PATIENT.patientId]);
    expect(byKind('identifier')).toEqual(
      expect.arrayContaining([DEFAULT_PATIENT.accession, 'RQ5566778', 'OID-998877']),
    );
    expect(byKind('date')).toEqual(
      expect.arrayContaining([DEFAULT_PATIENT.birthDate, DEFAULT_PATIENT.studyDate]),
    );
    expect(byKind('uid')).toEqual(
      expect.arrayContaining([DEFAULT_PATIENT.studyUid, '1.2.826.0.1.3680043.8.498.99887766.1.1']),
    );
    expect(byKind('uid')).not.toContain('1.2.840.10008.5.1.4.1.1.2');
    expect(byKind('address')).toEqual(expect.arrayContaining(['12 Example Street', 'Springfield']));
    expect(byKind('institution')).toContain('Springfield General Hospital');
    expect(byKind('device')).toEqual(expect.arrayContaining(['CTSTATION01', 'SN7788991']));
    expect(byKind('text-token')).toEqual(expect.arrayContaining(['02-2345-6789']));
    const request = identifiers.find((item) => item.value === 'RQ5566778');
    expect(request?.path).toBe('(0040,0275)[0]/(0040,1001)');
  });

  it('leaves out what the profile keeps by design and filler values', () => {
    const file = syntheticCt({ size: 4 });
    file.dataset.setString(Tags.InstitutionName, 'LO', 'ANONYMIZED');
    const keepingInstitution = compileProfile({
      name: 'site',
      options: ['retainInstitutionIdentity', 'retainUids'],
    });
    const identifiers = collectIdentifiers(file, keepingInstitution);
    expect(identifiers.some((item) => item.kind === 'institution')).toBe(false);
    expect(identifiers.some((item) => item.kind === 'uid')).toBe(false);
    expect(collectIdentifiers(file, research).some((item) => item.value === 'ANONYMIZED')).toBe(false);
  });
});

describe('verify', () => {
  it('passes an output that holds nothing of the original', () => {
    expect(verify(syntheticCt({ size: 4 }), cleanOutput(), { profile: research })).toEqual({
      clean: true,
      findings: [],
    });
  });

  it.each<[string, (output: DicomFile) => void, string]>([
    [
      'a name component three sequences deep',
      (o) => nestedItem(o.dataset, 3).setString(tag(0x0040, 0xa160), 'UT', 'seen with Rhoda'),
      '(0040,A730)[0]/(0040,A730)[0]/(0040,A730)[0]/(0040,A160)',
    ],
    [
      'the patient id in a private element',
      (o) => o.dataset.setString(tag(0x0029, 0x1010), 'LO', `x ${DEFAULT_PATIENT.patientId}`),
      '(0029,1010)',
    ],
    [
      'the patient id in private bytes read without a VR',
      (o) =>
        o.dataset.set({
          kind: 'value',
          tag: tag(0x0029, 0x1011),
          vr: 'UN',
          bytes: Buffer.from(`\u0001${DEFAULT_PATIENT.patientId}\u0000`),
        }),
      '(0029,1011)',
    ],
    [
      'an original UID in the file meta',
      (o) =>
        o.meta.setString(Tags.MediaStorageSOPInstanceUID, 'UI', '1.2.826.0.1.3680043.8.498.99887766.1.1'),
      '(0002,0003)',
    ],
    [
      'the study date written day-first in a comment',
      (o) => o.dataset.setString(tag(0x0020, 0x4000), 'LT', 'scan of 15/03/2024'),
      '(0020,4000)',
    ],
    [
      'the accession number in a kept code value',
      (o) => o.dataset.setString(tag(0x0008, 0x0100), 'SH', `X${DEFAULT_PATIENT.accession}`),
      '(0008,0100)',
    ],
  ])('finds %s', (_what, plant, path) => {
    const output = cleanOutput();
    plant(output);
    const result = verify(syntheticCt({ size: 4 }), output, { profile: research });
    expect(result.clean).toBe(false);
    expect(result.findings.map((finding) => finding.path)).toContain(path);
    // Findings locate; they never carry the value.
    const json = JSON.stringify(result);
    for (const value of [DEFAULT_PATIENT.patientId, 'Rhoda', DEFAULT_PATIENT.accession, '2024'])
      expect(json).not.toContain(value);
  });

  it('searches the output path', () => {
    const result = verify(syntheticCt({ size: 4 }), cleanOutput(), {
      profile: research,
      outputPath: '/out/Doe_Jane/1.dcm',
    });
    expect(result.findings).toEqual([
      { kind: 'patient-name', path: 'output path', sourcePath: '(0010,0010)' },
    ]);
  });

  it('does not count a word shared with a kept attribute, nor a legitimately shifted date', () => {
    const original = syntheticCt({ size: 4 });
    original.dataset.setString(Tags.InstitutionName, 'LO', 'GE');
    original.dataset.setString(Tags.ContentDate, 'DA', '20240314');
    const output = cleanOutput();
    // The study date shifted by -1 day lands on the original content date.
    output.dataset.setString(Tags.StudyDate, 'DA', '20240314');
    expect(verify(original, output, { profile: research, dateShiftDays: -1 }).clean).toBe(true);
    expect(verify(original, output, { profile: research }).clean).toBe(false);
  });

  it('does not check dates at stage 2, which must not shift them again', () => {
    const original = syntheticCt({ size: 4 });
    const output = cleanOutput();
    output.dataset.setString(Tags.StudyDate, 'DA', DEFAULT_PATIENT.studyDate);
    expect(verify(original, output, { profile: research, stage: 2 }).clean).toBe(true);
    expect(verify(original, output, { profile: research, stage: 1 }).clean).toBe(false);
  });
});
