import { tag } from '@lattice/dicom';
import { DicomwebError } from './dicomweb.error';
import { likePattern } from './qido-conditions';
import { parseQidoQuery, QIDO_MAX_LIMIT } from './qido-query';

const PatientName = tag(0x0010, 0x0010);
const StudyDate = tag(0x0008, 0x0020);
const StudyInstanceUID = tag(0x0020, 0x000d);
const StudyTime = tag(0x0008, 0x0030);

const matcherOf = (params: Record<string, string | string[]>, t: number) =>
  parseQidoQuery(params).matches.find((match) => match.tag === t)?.matcher;

function refused(params: Record<string, string | string[]>): string {
  try {
    parseQidoQuery(params);
  } catch (error) {
    if (error instanceof DicomwebError && error.code === 'INVALID_QUERY') return error.message;
    throw error;
  }
  throw new Error('the query was accepted');
}

describe('parseQidoQuery', () => {
  it('reads keys by keyword or by tag, with their VR', () => {
    const query = parseQidoQuery({ PatientName: 'P2AB*', '00080020': '20240101' });
    expect(query.matches).toEqual([
      { tag: PatientName, vr: 'PN', matcher: { kind: 'wildcard', pattern: 'P2AB*' } },
      { tag: StudyDate, vr: 'DA', matcher: { kind: 'single', value: '20240101' } },
    ]);
  });

  it.each([
    ['', { kind: 'universal' }],
    ['*', { kind: 'universal' }],
    ['Doe', { kind: 'single', value: 'Doe' }],
    ['D?e*', { kind: 'wildcard', pattern: 'D?e*' }],
  ])('matches text %j as %j', (value, matcher) => {
    expect(matcherOf({ PatientName: value }, PatientName)).toEqual(matcher);
  });

  it.each([
    ['20240101-20241231', { kind: 'range', from: '20240101', to: '20241231' }],
    ['20240101-', { kind: 'range', from: '20240101', to: null }],
    ['-20241231', { kind: 'range', from: null, to: '20241231' }],
  ])('reads the date range %s', (value, matcher) => {
    expect(matcherOf({ StudyDate: value }, StudyDate)).toEqual(matcher);
  });

  it('reads times and date-times, a trailing UTC offset being part of the value', () => {
    expect(matcherOf({ StudyTime: '0800-1230' }, StudyTime)).toEqual({
      kind: 'range',
      from: '0800',
      to: '1230',
    });
    expect(matcherOf({ AcquisitionDateTime: '20240101120000-0500' }, tag(0x0008, 0x002a))).toEqual({
      kind: 'single',
      value: '20240101120000-0500',
    });
    expect(matcherOf({ AcquisitionDateTime: '20240101-20240201' }, tag(0x0008, 0x002a))).toEqual({
      kind: 'range',
      from: '20240101',
      to: '20240201',
    });
  });

  it('reads UID lists separated by commas or backslashes, and repeated keys', () => {
    expect(matcherOf({ StudyInstanceUID: '1.2.3,1.2.4\\1.2.5' }, StudyInstanceUID)).toEqual({
      kind: 'list',
      values: ['1.2.3', '1.2.4', '1.2.5'],
    });
    expect(matcherOf({ StudyInstanceUID: ['1.2.3', '1.2.4'] }, StudyInstanceUID)).toEqual({
      kind: 'list',
      values: ['1.2.3', '1.2.4'],
    });
  });

  it('reads includefield, fuzzymatching, limit and offset, capping the limit', () => {
    const query = parseQidoQuery({
      includefield: ['StudyDescription,00180015', 'all'],
      fuzzymatching: 'true',
      limit: '5000',
      offset: '20',
    });
    expect(query.includeAll).toBe(true);
    expect(query.includeTags).toEqual([tag(0x0008, 0x1030), tag(0x0018, 0x0015)]);
    expect(query.fuzzyMatching).toBe(true);
    expect(query.limit).toBe(QIDO_MAX_LIMIT);
    expect(query.offset).toBe(20);
    expect(parseQidoQuery({}).limit).toBe(QIDO_MAX_LIMIT);
  });

  it.each([
    [{ NotAKeyword: 'x' }, /unknown query key NotAKeyword/],
    [{ includefield: 'Nope' }, /unknown includefield Nope/],
    [{ StudyDate: '2024' }, /StudyDate takes a DA value or range/],
    [{ StudyDate: '20240101-2024' }, /StudyDate takes a DA value or range/],
    [{ StudyInstanceUID: '1.2.*' }, /StudyInstanceUID takes UIDs/],
    [{ SeriesNumber: 'abc' }, /SeriesNumber takes a number/],
    [{ PixelData: 'x' }, /PixelData cannot be matched/],
    [{ PatientName: ['A', 'B'] }, /PatientName is given more than once/],
    [{ limit: '0' }, /limit must be a whole number of at least 1/],
    [{ offset: '-1' }, /offset must be a whole number/],
    [{ fuzzymatching: 'yes' }, /fuzzymatching must be true or false/],
  ])('refuses %j', (params, message) => {
    expect(refused(params as Record<string, string | string[]>)).toMatch(message);
  });

  it('never repeats a refused value in its message', () => {
    expect(refused({ StudyDate: 'Jane Doe 1960' })).not.toContain('Jane');
  });
});

describe('likePattern', () => {
  it('turns DICOM wildcards into LIKE wildcards and escapes the rest', () => {
    expect(likePattern('Do?e*')).toBe('Do_e%');
    expect(likePattern('50%_off\\')).toBe('50\\%\\_off\\\\');
  });
});
