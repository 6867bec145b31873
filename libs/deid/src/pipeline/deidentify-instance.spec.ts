import {
  DicomDataset,
  parseDicom,
  serializeDicom,
  tag,
  Tags,
  TransferSyntax,
  type DicomFile,
} from '@lattice/dicom';
import { KeyedHash } from '../keyed/keyed-hash';
import { dateShiftDays, dateShiftSubject } from '../keyed/date-shift';
import { pseudonymizePatientId } from '../keyed/pseudonym';
import { remapUid } from '../keyed/uid-remap';
import { isVerdict, type DeidentifiedOutcome, type DeidOutcome } from '../outcome';
import { BASIC_PROFILE } from '../profile/named-profiles';
import { shiftDaValue } from '../transforms/date-values';
import {
  DEFAULT_PATIENT,
  FRAME_OF_REFERENCE_UID,
  PLANTED,
  SERIES_UID,
  syntheticCt,
  syntheticCtBytes,
  syntheticSrBytes,
  type SyntheticPatient,
} from '../spec-support/synthetic-study';
import {
  CENTER_KEY,
  HOSPITAL_KEY,
  joinChunks,
  OTHER_HOSPITAL_KEY,
  testContext,
} from '../spec-support/test-context';
import { createDeidContext } from './deid-context';
import { deidentifyInstance } from './deidentify-instance';

const stage1 = testContext(1);
const stage2 = testContext(2);
const hospital = new KeyedHash(HOSPITAL_KEY);
const center = new KeyedHash(CENTER_KEY);

function expectDeidentified(outcome: DeidOutcome): DeidentifiedOutcome {
  if (outcome.status !== 'deidentified')
    throw new Error(
      `expected deidentified, got ${outcome.status}: ${'reason' in outcome ? outcome.reason : ''}`,
    );
  return outcome;
}

function outputOf(outcome: DeidOutcome): { bytes: Uint8Array; file: DicomFile } {
  const bytes = joinChunks(expectDeidentified(outcome).chunks);
  return { bytes, file: parseDicom(bytes) };
}

/** Every planted value, as a user would search the output file for it. */
const plantedValues = [
  DEFAULT_PATIENT.patientId,
  'Doe^Jane',
  'Quinn',
  DEFAULT_PATIENT.birthDate,
  DEFAULT_PATIENT.studyUid,
  DEFAULT_PATIENT.studyDate,
  DEFAULT_PATIENT.accession,
  SERIES_UID,
  FRAME_OF_REFERENCE_UID,
  'Hibbert',
  'Rhoda',
  'Olivia',
  'Paul',
  'Springfield',
  '742 Evergreen',
  PLANTED.station,
  PLANTED.deviceSerial,
  PLANTED.requestedProcedureId,
  PLANTED.otherPatientId,
  '2345 6789',
  '2345-6789',
];

function expectNoPlantedValue(bytes: Uint8Array): void {
  const text = Buffer.from(bytes).toString('latin1').toUpperCase();
  for (const value of plantedValues)
    expect({ value, found: text.includes(value.toUpperCase()) }).toEqual({ value, found: false });
}

describe('deidentifyInstance, stage 1 with research-default', () => {
  const input = syntheticCtBytes();
  let outcome: DeidentifiedOutcome;
  let file: DicomFile;
  let bytes: Uint8Array;

  beforeAll(async () => {
    outcome = expectDeidentified(await deidentifyInstance(input, stage1));
    ({ bytes, file } = outputOf(outcome));
  });

  it('leaves none of the planted identifying values anywhere in the output bytes', () => {
    expectNoPlantedValue(bytes);
  });

  it('replaces the patient with the keyed pseudonym, also as the name', () => {
    const pseudonym = pseudonymizePatientId(hospital, 1, DEFAULT_PATIENT.patientId);
    expect(outcome.pseudonym).toBe(pseudonym);
    expect(file.dataset.getString(Tags.PatientID)).toBe(pseudonym);
    expect(file.dataset.getString(Tags.PatientName)).toBe(pseudonym);
    expect(file.dataset.getString(Tags.PatientBirthDate)).toBe('');
    expect(file.dataset.has(Tags.IssuerOfPatientID)).toBe(false);
  });

  it('remaps every instance UID with the key, in the dataset and the file meta', () => {
    const sop = remapUid(hospital, 1, `${SERIES_UID}.1`);
    expect(file.dataset.getString(Tags.SOPInstanceUID)).toBe(sop);
    expect(file.meta.getString(Tags.MediaStorageSOPInstanceUID)).toBe(sop);
    expect(file.dataset.getString(Tags.StudyInstanceUID)).toBe(
      remapUid(hospital, 1, DEFAULT_PATIENT.studyUid),
    );
    expect(file.dataset.getString(Tags.SeriesInstanceUID)).toBe(remapUid(hospital, 1, SERIES_UID));
    expect(file.dataset.getString(Tags.FrameOfReferenceUID)).toBe(
      remapUid(hospital, 1, FRAME_OF_REFERENCE_UID),
    );
    // Referenced Study Sequence is X/Z: present (a Type 2 sequence stays valid) but empty.
    expect(file.dataset.has(tag(0x0008, 0x1110))).toBe(true);
    expect(file.dataset.getItems(tag(0x0008, 0x1110))).toEqual([]);
    expect(file.dataset.getString(Tags.SOPClassUID)).toBe('1.2.840.10008.5.1.4.1.1.2');
    expect(outcome).toMatchObject({
      sopInstanceUid: sop,
      studyInstanceUid: remapUid(hospital, 1, DEFAULT_PATIENT.studyUid),
    });
  });

  it('shifts every date by the patient offset, keeping DT time and UTC offset and the times of day', () => {
    const days = dateShiftDays(
      hospital,
      dateShiftSubject(DEFAULT_PATIENT.patientId, DEFAULT_PATIENT.studyUid),
      365,
    );
    const shifted = shiftDaValue(DEFAULT_PATIENT.studyDate, days);
    expect(file.dataset.getString(Tags.StudyDate)).toBe(shifted);
    expect(file.dataset.getString(Tags.SeriesDate)).toBe(shifted);
    expect(file.dataset.getString(tag(0x0008, 0x002a))).toBe(`${shifted}101455.870000+0800`);
    expect(file.dataset.getString(Tags.StudyTime)).toBe('100955');
    expect(outcome.studyDate).toBe(shifted);
    // A date in free text is shifted with the same offset.
    expect(file.dataset.getString(tag(0x0010, 0x21b0))).toBe(`Follow-up of nodule; seen on ${shifted} by`);
  });

  it('keeps patient characteristics, codes and acquisition parameters, and cleans descriptions', () => {
    expect(file.dataset.getString(Tags.PatientAge)).toBe('061Y');
    expect(file.dataset.getString(Tags.PatientSex)).toBe('F');
    expect(file.dataset.getString(tag(0x0018, 0x0060))).toBe('120');
    expect(file.dataset.getString(Tags.StudyDescription)).toBe('CT CHEST');
    expect(file.dataset.getString(Tags.SeriesDescription)).toBe('AXIAL 1.25MM STD');
    const request = file.dataset.getItems(tag(0x0040, 0x0275))[0];
    expect(request?.getString(tag(0x0040, 0x0007))).toBe('CT CHEST for');
    expect(request?.has(tag(0x0040, 0x1001))).toBe(false);
    expect(request?.getItems(tag(0x0040, 0x0008))[0]?.getString(tag(0x0008, 0x0104))).toBe('CT Chest');
    expect(outcome).toMatchObject({
      modality: 'CT',
      manufacturer: 'GE MEDICAL SYSTEMS',
      model: 'Revolution CT',
      bodyPart: 'CHEST',
    });
  });

  it('keeps private attributes on the safe list only, with their creator', () => {
    expect(file.dataset.getString(tag(0x0019, 0x0010))).toBe('GEMS_ACQU_01');
    expect(file.dataset.getString(tag(0x0019, 0x1023))).toBe(`${0x23 * 1.5}`);
    expect(file.dataset.has(tag(0x0019, 0x1002))).toBe(false);
    expect(file.dataset.has(tag(0x0019, 0x109e))).toBe(true);
    expect(file.dataset.has(tag(0x0009, 0x0010))).toBe(false);
    expect(file.dataset.has(tag(0x0009, 0x1001))).toBe(false);
  });

  it('records provenance: identity removed, method, one CID 7050 code per option, modified dates', () => {
    expect(file.dataset.getString(Tags.PatientIdentityRemoved)).toBe('YES');
    expect(file.dataset.getStrings(Tags.DeidentificationMethod)).toEqual([
      'LATTICE stage 1: research-default (PS3.15 2026d)',
    ]);
    const codes = file.dataset
      .getItems(Tags.DeidentificationMethodCodeSequence)
      .map((item) => item.getString(tag(0x0008, 0x0100)));
    expect(codes).toEqual(['113100', '113111', '113108', '113107', '113105', '113104', '113103']);
    expect(file.dataset.getString(Tags.LongitudinalTemporalInformationModified)).toBe('MODIFIED');
    expect(outcome.options).toEqual(stage1.profile.options);
  });

  it('passes the pixel data through byte for byte', () => {
    const original = parseDicom(input).dataset.get(Tags.PixelData);
    const written = file.dataset.get(Tags.PixelData);
    expect(outcome.pixelAction).toBe('unchanged');
    expect(
      written?.kind === 'value' &&
        original?.kind === 'value' &&
        Buffer.compare(written.bytes, original.bytes),
    ).toBe(0);
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    expect(
      Buffer.compare(
        joinChunks(expectDeidentified(await deidentifyInstance(input, testContext(1))).chunks),
        bytes,
      ),
    ).toBe(0);
  });
});

describe('deidentifyInstance with the basic profile', () => {
  it('removes descriptions, private attributes and dates, and says dates were removed', async () => {
    const { file, bytes } = outputOf(
      await deidentifyInstance(syntheticCtBytes(), testContext(1, HOSPITAL_KEY, BASIC_PROFILE)),
    );
    expectNoPlantedValue(bytes);
    expect(file.dataset.has(Tags.StudyDescription)).toBe(false);
    expect(file.dataset.getString(Tags.StudyDate)).toBe('');
    expect(file.dataset.getString(Tags.SeriesDate)).toBe('19000101');
    expect(file.dataset.has(Tags.PatientAge)).toBe(false);
    expect(file.dataset.has(tag(0x0019, 0x1023))).toBe(false);
    expect(file.dataset.has(tag(0x0019, 0x0010))).toBe(false);
    expect(file.dataset.getString(Tags.LongitudinalTemporalInformationModified)).toBe('REMOVED');
  });
});

describe('consistency across files, studies and runs', () => {
  const sliceUids = [`${SERIES_UID}.1`, `${SERIES_UID}.2`];

  it('keeps references between the files of a study consistent (SR evidence and IMAGE items)', async () => {
    const slices = await Promise.all(
      sliceUids.map((uid) => deidentifyInstance(syntheticCtBytes({ sopInstanceUid: uid, size: 16 }), stage1)),
    );
    const sr = outputOf(await deidentifyInstance(syntheticSrBytes(DEFAULT_PATIENT, sliceUids), stage1)).file
      .dataset;
    const sliceOutputs = slices.map(expectDeidentified);
    const evidence = sr.getItems(tag(0x0040, 0xa375))[0];
    const series = evidence?.getItems(tag(0x0008, 0x1115))[0];
    expect(evidence?.getString(Tags.StudyInstanceUID)).toBe(sliceOutputs[0]?.studyInstanceUid);
    expect(series?.getString(Tags.SeriesInstanceUID)).toBe(sliceOutputs[0]?.seriesInstanceUid);
    expect(series?.getItems(tag(0x0008, 0x1199)).map((item) => item.getString(tag(0x0008, 0x1155)))).toEqual(
      sliceOutputs.map((o) => o.sopInstanceUid),
    );
    const [text, person, image] = sr.getItems(tag(0x0040, 0xa730));
    expect(image?.getItems(tag(0x0008, 0x1199))[0]?.getString(tag(0x0008, 0x1155))).toBe(
      sliceOutputs[0]?.sopInstanceUid,
    );
    expect(text?.getString(tag(0x0040, 0xa160))).toBe('Nodule 6 mm in the right upper lobe. Patient , MRN .');
    expect(person?.getString(tag(0x0040, 0xa123))).toBe('DEIDENTIFIED');
    expect(sr.getString(Tags.PatientID)).toBe(sliceOutputs[0]?.pseudonym);
  });

  it('gives one patient one pseudonym and one date shift across studies', async () => {
    const secondStudy: SyntheticPatient = {
      ...DEFAULT_PATIENT,
      studyUid: '1.2.826.0.1.3680043.8.498.55',
      studyDate: '20250102',
      accession: 'A2',
    };
    const first = expectDeidentified(await deidentifyInstance(syntheticCtBytes({ size: 16 }), stage1));
    const second = expectDeidentified(
      await deidentifyInstance(syntheticCtBytes({ patient: secondStudy, size: 16 }), stage1),
    );
    expect(second.pseudonym).toBe(first.pseudonym);
    expect(second.studyInstanceUid).not.toBe(first.studyInstanceUid);
    const interval = (a: string, b: string) =>
      (Date.UTC(+a.slice(0, 4), +a.slice(4, 6) - 1, +a.slice(6)) -
        Date.UTC(+b.slice(0, 4), +b.slice(4, 6) - 1, +b.slice(6))) /
      86_400_000;
    expect(interval(second.studyDate as string, first.studyDate as string)).toBe(
      interval('20250102', '20240315'),
    );
  });

  it('never merges files without a Patient ID: one pseudonym per study', async () => {
    const withoutId = (studyUid: string): Uint8Array => {
      const file = syntheticCt({ patient: { ...DEFAULT_PATIENT, studyUid }, size: 16 });
      file.dataset.delete(Tags.PatientID);
      return serializeDicom(file);
    };
    const a = expectDeidentified(await deidentifyInstance(withoutId('1.2.3.100'), stage1));
    const a2 = expectDeidentified(await deidentifyInstance(withoutId('1.2.3.100'), stage1));
    const b = expectDeidentified(await deidentifyInstance(withoutId('1.2.3.200'), stage1));
    expect(a2.pseudonym).toBe(a.pseudonym);
    expect(b.pseudonym).not.toBe(a.pseudonym);
  });

  it('gives different hospitals different pseudonyms and UIDs for the same values', async () => {
    const here = expectDeidentified(await deidentifyInstance(syntheticCtBytes({ size: 16 }), stage1));
    const there = expectDeidentified(
      await deidentifyInstance(syntheticCtBytes({ size: 16 }), testContext(1, OTHER_HOSPITAL_KEY)),
    );
    expect(there.pseudonym).not.toBe(here.pseudonym);
    expect(there.sopInstanceUid).not.toBe(here.sopInstanceUid);
  });
});

describe('stage 2', () => {
  let stageOne: DeidentifiedOutcome;
  let stageOneFile: DicomFile;

  beforeAll(async () => {
    stageOne = expectDeidentified(await deidentifyInstance(syntheticCtBytes({ size: 16 }), stage1));
    stageOneFile = parseDicom(joinChunks(stageOne.chunks));
  });

  it('re-pseudonymizes with the center key, remaps UIDs again, does not shift dates twice, and appends provenance', async () => {
    const outcome = expectDeidentified(await deidentifyInstance(joinChunks(stageOne.chunks), stage2));
    const file = outputOf(outcome).file;
    expect(outcome.pseudonym).toBe(pseudonymizePatientId(center, 2, stageOne.pseudonym));
    expect(outcome.sopInstanceUid).toBe(remapUid(center, 2, stageOne.sopInstanceUid));
    expect(file.dataset.getString(Tags.StudyDate)).toBe(stageOneFile.dataset.getString(Tags.StudyDate));
    expect(file.dataset.getString(tag(0x0010, 0x21b0))).toBe(
      stageOneFile.dataset.getString(tag(0x0010, 0x21b0)),
    );
    expect(file.dataset.getStrings(Tags.DeidentificationMethod)).toEqual([
      'LATTICE stage 1: research-default (PS3.15 2026d)',
      'LATTICE stage 2: research-default (PS3.15 2026d)',
    ]);
    expect(file.dataset.getItems(Tags.DeidentificationMethodCodeSequence)).toHaveLength(14);
    expect(file.dataset.getString(Tags.LongitudinalTemporalInformationModified)).toBe('MODIFIED');
    expect(file.dataset.getString(Tags.StudyDescription)).toBe(
      stageOneFile.dataset.getString(Tags.StudyDescription),
    );
  });

  it('gives identical bytes when run twice on the same stage-1 output', async () => {
    const first = joinChunks(
      expectDeidentified(await deidentifyInstance(joinChunks(stageOne.chunks), stage2)).chunks,
    );
    const again = joinChunks(
      expectDeidentified(await deidentifyInstance(joinChunks(stageOne.chunks), testContext(2))).chunks,
    );
    expect(Buffer.compare(first, again)).toBe(0);
  });

  it('refuses what stage 1 did not produce, and its own output', async () => {
    const stageTwo = expectDeidentified(await deidentifyInstance(joinChunks(stageOne.chunks), stage2));
    const other = syntheticCt({ size: 16 });
    other.dataset.setString(Tags.PatientIdentityRemoved, 'CS', 'YES');
    other.dataset.setString(Tags.DeidentificationMethod, 'LO', 'Some other tool');
    for (const input of [
      syntheticCtBytes({ size: 16 }),
      serializeDicom(other),
      joinChunks(stageTwo.chunks),
    ]) {
      expect(await deidentifyInstance(input, stage2)).toMatchObject({
        status: 'quarantined',
        code: 'NOT_STAGE1_OUTPUT',
      });
    }
  });
});

describe('refusals, quarantine and failures', () => {
  function bareFile(build: (dataset: DicomDataset) => void): Uint8Array {
    const dataset = new DicomDataset(true);
    build(dataset);
    const meta = new DicomDataset(true);
    meta.setString(Tags.TransferSyntaxUID, 'UI', TransferSyntax.ExplicitVRLittleEndian);
    return serializeDicom({
      preamble: null,
      meta,
      dataset,
      transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
      encoding: { littleEndian: true, explicitVr: true, deflated: false },
    });
  }

  it('rejects input that is not usable DICOM, with the parser reason', async () => {
    expect(await deidentifyInstance(new Uint8Array(0), stage1)).toMatchObject({
      status: 'rejected',
      code: 'EMPTY',
    });
    expect(await deidentifyInstance(Buffer.from('just some text, not DICOM at all'), stage1)).toMatchObject({
      status: 'rejected',
      code: 'NOT_DICOM',
    });
    const truncated = syntheticCtBytes({ size: 16 }).subarray(0, 900);
    expect(await deidentifyInstance(truncated, stage1)).toMatchObject({ status: 'rejected' });
  });

  it('rejects a DICOMDIR and a dataset without SOP UIDs', async () => {
    const directory = bareFile((dataset) => {
      dataset.setString(Tags.SOPClassUID, 'UI', '1.2.840.10008.1.3.10');
      dataset.setString(Tags.SOPInstanceUID, 'UI', '1.2.3');
      dataset.set({ kind: 'sequence', tag: tag(0x0004, 0x1220), vr: 'SQ', items: [] });
    });
    expect(await deidentifyInstance(directory, stage1)).toMatchObject({
      status: 'rejected',
      code: 'MEDIA_DIRECTORY',
    });
    const noUids = bareFile((dataset) => dataset.setString(Tags.PatientName, 'PN', 'Doe^Jane'));
    expect(await deidentifyInstance(noUids, stage1)).toMatchObject({
      status: 'rejected',
      code: 'NOT_AN_INSTANCE',
    });
  });

  it('quarantines an encapsulated document and text in an unknown character set', async () => {
    const pdf = syntheticCt({ size: 16 });
    pdf.dataset.set({
      kind: 'value',
      tag: tag(0x0042, 0x0011),
      vr: 'OB',
      bytes: Buffer.from('%PDF-1.4 Jane Doe'),
    });
    expect(await deidentifyInstance(serializeDicom(pdf), stage1)).toMatchObject({
      status: 'quarantined',
      code: 'ENCAPSULATED_DOCUMENT',
    });
    const unknown = syntheticCt({ size: 16 });
    unknown.dataset.set({
      kind: 'value',
      tag: Tags.SpecificCharacterSet,
      vr: 'CS',
      bytes: Buffer.from('ISO_IR 999'),
    });
    unknown.dataset.set({
      kind: 'value',
      tag: Tags.PatientName,
      vr: 'PN',
      bytes: Buffer.from([0x44, 0xe9, 0xe9, 0x20]),
    });
    expect(await deidentifyInstance(serializeDicom(unknown), stage1)).toMatchObject({
      status: 'quarantined',
      code: 'UNKNOWN_CHARACTER_SET',
    });
  });

  it('quarantines an output that would still hold an identifying value, naming places but never the value', async () => {
    const leaky = syntheticCt({ size: 16 });
    leaky.dataset.setString(tag(0x0018, 0x1020), 'LO', `v2 build for ${DEFAULT_PATIENT.patientId}`);
    const outcome = await deidentifyInstance(serializeDicom(leaky), stage1);
    expect(outcome).toMatchObject({ status: 'quarantined', code: 'RESIDUAL_PHI' });
    expect(JSON.stringify(outcome)).not.toContain(DEFAULT_PATIENT.patientId);
    expect('reason' in outcome && outcome.reason).toContain('(0018,1020)');
  });

  it('searches the output path too', async () => {
    const outcome = await deidentifyInstance(syntheticCtBytes({ size: 16 }), stage1, {
      outputPath: `/exports/${DEFAULT_PATIENT.patientId}/1.dcm`,
    });
    expect(outcome).toMatchObject({ status: 'quarantined', code: 'RESIDUAL_PHI' });
    expect('reason' in outcome && outcome.reason).toContain('output path');
  });

  it('turns an engine error into a failed outcome instead of throwing', async () => {
    const broken = createDeidContext({
      stage: 1,
      profile: stage1.profile,
      key: HOSPITAL_KEY,
      pixels: { rules: null as never },
    });
    const outcome = await deidentifyInstance(syntheticCtBytes({ size: 16 }), broken);
    expect(outcome).toMatchObject({ status: 'failed', code: 'INTERNAL_ERROR' });
    expect(isVerdict(outcome)).toBe(false);
    expect('reason' in outcome && outcome.reason).toMatch(/during pixel policy/);
  });

  it('refuses a bad configuration before the first file', () => {
    expect(() =>
      createDeidContext({
        stage: 3 as never,
        profile: stage1.profile,
        key: HOSPITAL_KEY,
        pixels: stage1.pixels,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_STAGE' }));
    expect(() =>
      createDeidContext({
        stage: 1,
        profile: stage1.profile,
        key: { kid: 'x', bytes: Buffer.alloc(8, 1) },
        pixels: stage1.pixels,
      }),
    ).toThrow(expect.objectContaining({ code: 'WEAK_KEY' }));
    expect(() =>
      createDeidContext({
        stage: 1,
        profile: stage1.profile,
        key: HOSPITAL_KEY,
        dateShiftMaxDays: 0,
        pixels: stage1.pixels,
      }),
    ).toThrow(expect.objectContaining({ code: 'INVALID_DATE_SHIFT_WINDOW' }));
  });
});
