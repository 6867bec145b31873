import type { DeidentifiedOutcome } from '@lattice/deid';
import { outputPlacement } from './output-name';

const outcome = (pseudonym: string, study: string, series: string, instance: string) =>
  ({
    pseudonym,
    studyInstanceUid: study,
    seriesInstanceUid: series,
    sopInstanceUid: instance,
  }) as DeidentifiedOutcome;

describe('outputPlacement', () => {
  it('names the file by pseudonym, study, series and instance UID', () => {
    expect(outputPlacement(outcome('P1ABC', '2.25.1', '2.25.2', '2.25.3'))).toEqual({
      path: 'P1ABC/2.25.1/2.25.2/2.25.3.dcm',
    });
  });

  it('has no place for an instance outside a study or a series', () => {
    expect(outputPlacement(outcome('P1ABC', '', '2.25.2', '2.25.3'))).toEqual({
      missing: 'StudyInstanceUID',
    });
    expect(outputPlacement(outcome('P1ABC', '2.25.1', '', '2.25.3'))).toEqual({
      missing: 'SeriesInstanceUID',
    });
  });

  it.each([
    ['a slash', '1.2/../3'],
    ['a parent reference', '..'],
    ['a space', '1.2 3'],
    ['a leading dot', '.1.2'],
  ])('refuses a UID with %s', (_label, uid) => {
    expect(outputPlacement(outcome('P1ABC', uid, '2.25.2', '2.25.3'))).toEqual({ unsafe: true });
  });
});
