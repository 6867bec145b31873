import { dicomDateOfInput, formatDicomDate, inputOfDicomDate, parseDicomDate } from './dicom-date';

describe('DICOM dates', () => {
  it('parses real dates only', () => {
    expect(parseDicomDate('20240229')).toEqual(new Date(Date.UTC(2024, 1, 29)));
    expect(parseDicomDate('20230229')).toBeNull();
    expect(parseDicomDate('2024-02-29')).toBeNull();
    expect(parseDicomDate('')).toBeNull();
  });

  it('formats a date in the locale, whatever the time zone, and leaves other text as it is', () => {
    expect(formatDicomDate('20190314', 'en')).toBe('Mar 14, 2019');
    expect(formatDicomDate('20190314', 'zh-TW')).toBe('2019年3月14日');
    expect(formatDicomDate('2019', 'en')).toBe('2019');
  });

  it('converts between date inputs and DICOM dates', () => {
    expect(dicomDateOfInput('2019-01-01')).toBe('20190101');
    expect(dicomDateOfInput('')).toBeNull();
    expect(dicomDateOfInput('2019-02-30')).toBeNull();
    expect(inputOfDicomDate('20191231')).toBe('2019-12-31');
  });
});
