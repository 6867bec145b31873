import { shiftYmd } from './calendar';

const DA_VALUE = /^(\d{4})\.?(\d{2})\.?(\d{2})$/;
const DT_VALUE = /^(\d{4})(\d{2})?(\d{2})?(\d{2}(?:\d{2}(?:\d{2}(?:\.\d{1,6})?)?)?)?([+-]\d{4})?$/;

/**
 * Shifts one DA value (YYYYMMDD, or the ACR-NEMA form YYYY.MM.DD, written back as YYYYMMDD); also a
 * range "A-B" with either end open. Undefined when it is not a date: the caller removes the value.
 */
export function shiftDaValue(value: string, days: number): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const dash = trimmed.indexOf('-');
  if (dash >= 0 && trimmed.length > 1) {
    const from = trimmed.slice(0, dash);
    const to = trimmed.slice(dash + 1);
    const shiftedFrom = from === '' ? '' : shiftSingleDa(from, days);
    const shiftedTo = to === '' ? '' : shiftSingleDa(to, days);
    return shiftedFrom === undefined || shiftedTo === undefined ? undefined : `${shiftedFrom}-${shiftedTo}`;
  }
  return shiftSingleDa(trimmed, days);
}

function shiftSingleDa(value: string, days: number): string | undefined {
  const match = DA_VALUE.exec(value);
  if (!match) return undefined;
  return shiftYmd(Number(match[1]), Number(match[2]), Number(match[3]), days);
}

/**
 * Shifts one DT value by whole days, keeping its precision, time of day, fraction and UTC offset
 * (a value of year or month precision is shifted as the first day of that period, then cut back).
 */
export function shiftDtValue(value: string, days: number): string | undefined {
  const trimmed = value.trim();
  if (trimmed === '') return '';
  const match = DT_VALUE.exec(trimmed);
  if (!match) return undefined;
  const [, year, month, day, time = '', offset = ''] = match;
  if (month === undefined && day !== undefined) return undefined;
  const shifted = shiftYmd(Number(year), Number(month ?? '01'), Number(day ?? '01'), days);
  if (shifted === undefined) return undefined;
  const datePart = shifted.slice(0, 4 + (month === undefined ? 0 : 2) + (day === undefined ? 0 : 2));
  return `${datePart}${time}${offset}`;
}

/** Shifts every value of a multi-valued DA or DT string; undefined when any value is not a date. */
export function shiftDateString(text: string, vr: 'DA' | 'DT', days: number): string | undefined {
  const shift = vr === 'DA' ? shiftDaValue : shiftDtValue;
  const values = text.split('\\');
  const out: string[] = [];
  for (const value of values) {
    const shifted = shift(value, days);
    if (shifted === undefined) return undefined;
    out.push(shifted);
  }
  return out.join('\\');
}
