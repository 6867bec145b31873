import fc from 'fast-check';
import { ageBetween, groupAgeOver89 } from './age';
import { daysFromCivil } from './calendar';
import { shiftDaValue, shiftDateString, shiftDtValue } from './date-values';

describe('shiftDaValue', () => {
  it.each([
    ['20040826', -30, '20040727'],
    ['20000301', -1, '20000229'],
    ['19000301', -1, '19000228'],
    ['1997.04.24', 7, '19970501'],
    ['20040826-20040901', 10, '20040905-20040911'],
    ['-20040901', 1, '-20040902'],
    ['', 5, ''],
  ])('%s shifted by %i days is %s', (value, days, expected) => {
    expect(shiftDaValue(value, days)).toBe(expected);
  });

  it.each(['20041301', '20040230', 'UNKNOWN', '2004'])(
    '%s is not a date: undefined, so the caller removes it',
    (value) => {
      expect(shiftDaValue(value, 3)).toBeUndefined();
    },
  );

  it('keeps the interval between any two dates', () => {
    const toDays = (value: string) =>
      daysFromCivil(
        Number(value.slice(0, 4)),
        Number(value.slice(4, 6)),
        Number(value.slice(6, 8)),
      ) as number;
    const date = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10).replace(/-/g, ''));
    fc.assert(
      fc.property(date, date, fc.integer({ min: -3650, max: 3650 }), (a, b, shift) => {
        const shiftedA = shiftDaValue(a, shift) as string;
        const shiftedB = shiftDaValue(b, shift) as string;
        expect(toDays(shiftedA) - toDays(shiftedB)).toBe(toDays(a) - toDays(b));
        expect(toDays(shiftedA) - toDays(a)).toBe(shift);
      }),
    );
  });
});

describe('shiftDtValue', () => {
  it.each([
    ['20040826101455.870000+0800', -30, '20040727101455.870000+0800'],
    ['20040826', 1, '20040827'],
    ['200408', 31, '200409'],
    ['2004', 400, '2005'],
    ['20041231235959-0500', 1, '20050101235959-0500'],
  ])('%s shifted by %i days is %s, with its time and UTC offset kept', (value, days, expected) => {
    expect(shiftDtValue(value, days)).toBe(expected);
  });

  it('shifts each value of a multi-valued string and gives up on any non-date', () => {
    expect(shiftDateString('20040826\\20040827', 'DA', 1)).toBe('20040827\\20040828');
    expect(shiftDateString('20040826\\garbage', 'DA', 1)).toBeUndefined();
  });
});

describe('ages', () => {
  it('groups ages over 89 years and leaves the rest', () => {
    expect(groupAgeOver89('090Y')).toBe('090Y');
    expect(groupAgeOver89('095Y')).toBe('090Y');
    expect(groupAgeOver89('089Y')).toBe('089Y');
    expect(groupAgeOver89('999M')).toBe('999M');
    expect(groupAgeOver89('012W')).toBe('012W');
  });

  it('derives an age from birth and study dates, in years, months or days', () => {
    expect(ageBetween('19620704', '20240315')).toBe('061Y');
    expect(ageBetween('19620704', '20240704')).toBe('062Y');
    expect(ageBetween('20240101', '20240315')).toBe('002M');
    expect(ageBetween('20240301', '20240315')).toBe('014D');
    expect(ageBetween('20240315', '20240301')).toBeUndefined();
    expect(ageBetween('', '20240301')).toBeUndefined();
  });
});
