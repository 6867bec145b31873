import { parseDicom, Tags } from '@lattice/dicom';
import { generateDemoCohort } from './demo-cohort';

describe('generateDemoCohort', () => {
  const cohort = generateDemoCohort({ slices: 2, rows: 32, columns: 32 });

  it('has a few patients, two of them with two studies, on both vendors', () => {
    expect(cohort.patients).toHaveLength(4);
    expect(cohort.studies).toHaveLength(6);
    expect(new Set(cohort.studies.map((study) => study.vendor))).toEqual(new Set(['GE', 'SIEMENS']));
    const studiesPerPatient = cohort.patients.map(
      (patient) => cohort.studies.filter((study) => study.patient.patientId === patient.patientId).length,
    );
    expect(studiesPerPatient).toEqual([2, 1, 2, 1]);
    expect(new Set(cohort.studies.map((study) => study.studyInstanceUid)).size).toBe(6);
  });

  it('keeps a returning patient the same person in both studies, a year apart', () => {
    const [first, second] = cohort.studies;
    if (!first || !second) throw new Error('missing studies');
    const read = (study: typeof first) =>
      parseDicom([...study.files()][0]?.bytes ?? new Uint8Array()).dataset;
    expect(read(second).getString(Tags.PatientID)).toBe(read(first).getString(Tags.PatientID));
    expect(read(second).getString(Tags.PatientName)).toBe(read(first).getString(Tags.PatientName));
    expect(Number(second.details.studyDate.slice(0, 4)) - Number(first.details.studyDate.slice(0, 4))).toBe(
      1,
    );
  });

  it('is the same cohort for the same seed', () => {
    const again = generateDemoCohort({ slices: 2, rows: 32, columns: 32 });
    expect(again.studies.map((study) => study.planted)).toEqual(cohort.studies.map((study) => study.planted));
  });
});
