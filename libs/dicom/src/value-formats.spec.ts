import { DicomDataset } from './dataset';
import {
  addDays,
  addDaysToDateTime,
  ageInYears,
  daysBetween,
  formatAge,
  formatDate,
  formatDateTime,
  formatTime,
  parseAge,
  parseDate,
  parseDateTime,
  parseTime,
} from './date-time';
import { formatPersonName, parsePersonName, personNameParts } from './person-name';
import { Tags } from './tag';

describe('person names', () => {
  it('splits groups and components', () => {
    const name = parsePersonName('Yamada^Tarou^^Dr^Jr=山田^太郎=やまだ^たろう');
    expect(name.alphabetic).toEqual({
      familyName: 'Yamada',
      givenName: 'Tarou',
      middleName: '',
      namePrefix: 'Dr',
      nameSuffix: 'Jr',
    });
    expect(name.ideographic.givenName).toBe('太郎');
    expect(name.phonetic.familyName).toBe('やまだ');
    expect(personNameParts(name)).toEqual([
      'Yamada',
      'Tarou',
      'Dr',
      'Jr',
      '山田',
      '太郎',
      'やまだ',
      'たろう',
    ]);
  });

  it('treats a trailing empty group as absent and formats without trailing delimiters', () => {
    const name = parsePersonName('Wang^XiaoDong=王^小東=');
    expect(name.phonetic.familyName).toBe('');
    expect(formatPersonName(name)).toBe('Wang^XiaoDong=王^小東');
    expect(formatPersonName(parsePersonName('=山田^太郎'))).toBe('=山田^太郎');
    expect(formatPersonName({ alphabetic: parsePersonName('Doe^^^^').alphabetic })).toBe('Doe');
  });
});

describe('dates, times and ages', () => {
  it('parses and formats DA, refusing impossible dates', () => {
    expect(parseDate('20240229')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseDate('1996.10.29')).toEqual({ year: 1996, month: 10, day: 29 });
    expect(parseDate('20230229')).toBeUndefined();
    expect(parseDate('2024-02-01')).toBeUndefined();
    expect(formatDate({ year: 987, month: 1, day: 2 })).toBe('09870102');
  });

  it('shifts dates across months, years and leap days', () => {
    expect(formatDate(addDays({ year: 2024, month: 2, day: 28 }, 1))).toBe('20240229');
    expect(formatDate(addDays({ year: 2024, month: 1, day: 1 }, -1))).toBe('20231231');
    expect(daysBetween({ year: 2023, month: 3, day: 1 }, { year: 2024, month: 3, day: 1 })).toBe(366);
  });

  it('parses TM at every precision and keeps the fraction as written', () => {
    expect(parseTime('07')).toEqual({
      hours: 7,
      minutes: undefined,
      seconds: undefined,
      fraction: undefined,
    });
    expect(parseTime('0730')).toMatchObject({ hours: 7, minutes: 30 });
    expect(parseTime('073015.120')).toMatchObject({ seconds: 15, fraction: '120' });
    expect(parseTime('07:30:15')).toMatchObject({ hours: 7, minutes: 30, seconds: 15 });
    expect(parseTime('2460')).toBeUndefined();
    const time = parseTime('073015.120');
    expect(time && formatTime(time)).toBe('073015.120');
  });

  it('parses DT with its UTC offset and keeps it through a shift', () => {
    const value = parseDateTime('20240229235959.5-0500');
    expect(value).toMatchObject({ year: 2024, month: 2, day: 29, utcOffset: '-0500' });
    expect(value?.time).toMatchObject({ hours: 23, minutes: 59, seconds: 59, fraction: '5' });
    expect(value && formatDateTime(addDaysToDateTime(value, 1))).toBe('20240301235959.5-0500');
    expect(formatDateTime(parseDateTime('2024') ?? { year: 0 })).toBe('2024');
    expect(formatDateTime(addDaysToDateTime(parseDateTime('202412+0800') ?? { year: 0 }, 31))).toBe(
      '202501+0800',
    );
    expect(parseDateTime('20241301')).toBeUndefined();
    expect(parseDateTime('20240101+1500')).toBeUndefined();
  });

  it('parses and formats AS ages', () => {
    expect(parseAge('045Y')).toEqual({ value: 45, unit: 'Y' });
    expect(parseAge('45Y')).toBeUndefined();
    expect(formatAge({ value: 6, unit: 'M' })).toBe('006M');
    expect(() => formatAge({ value: 1000, unit: 'D' })).toThrow(RangeError);
    expect(ageInYears({ value: 18, unit: 'M' })).toBe(1.5);
  });
});

describe('numeric and AT values', () => {
  it('reads every value of binary and decimal string elements', () => {
    const little = new DicomDataset(true);
    little.set({ kind: 'value', tag: Tags.Rows, vr: 'US', bytes: Uint8Array.of(1, 0, 2, 1) });
    little.setString(0x00280030, 'DS', '0.5\\0.25');
    expect(little.getNumbers(Tags.Rows)).toEqual([1, 258]);
    expect(little.getNumbers(0x00280030)).toEqual([0.5, 0.25]);
    const big = new DicomDataset(false);
    big.set({ kind: 'value', tag: Tags.Rows, vr: 'US', bytes: Uint8Array.of(1, 0, 2, 1) });
    expect(big.getNumbers(Tags.Rows)).toEqual([256, 513]);
  });

  it('reads and writes AT values in the dataset byte order', () => {
    for (const littleEndian of [true, false]) {
      const dataset = new DicomDataset(littleEndian);
      dataset.setAttributeTags(0x00289009, [Tags.PatientName, 0x30040004]);
      expect(dataset.getAttributeTags(0x00289009)).toEqual([Tags.PatientName, 0x30040004]);
      const element = dataset.get(0x00289009);
      const bytes = element?.kind === 'value' ? [...element.bytes.subarray(0, 4)] : [];
      expect(bytes).toEqual(littleEndian ? [0x10, 0x00, 0x10, 0x00] : [0x00, 0x10, 0x00, 0x10]);
    }
  });
});
