/** A DA value (PS3.5 Table 6.2-1): a calendar date. */
export interface DicomDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** A TM value; fields after the precision the value was given with are undefined. */
export interface DicomTime {
  readonly hours: number;
  readonly minutes?: number;
  readonly seconds?: number;
  /** Fractional seconds exactly as written (1–6 digits), so precision survives formatting. */
  readonly fraction?: string;
}

/** A DT value: a date of year, month or day precision, an optional time, and an optional UTC offset. */
export interface DicomDateTime {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
  readonly time?: DicomTime;
  /** The offset from UTC as written (`+0100`, `-0500`), kept so that formatting restores it. */
  readonly utcOffset?: string;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function validDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Parses DA `YYYYMMDD` (also the pre-1993 `YYYY.MM.DD`); undefined when it is not a real date. */
export function parseDate(text: string): DicomDate | undefined {
  const match = /^(\d{4})\.?(\d{2})\.?(\d{2})$/.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return validDate(year, month, day) ? { year, month, day } : undefined;
}

/** Formats a date as DA `YYYYMMDD`. */
export function formatDate(date: DicomDate): string {
  return `${pad(date.year, 4)}${pad(date.month, 2)}${pad(date.day, 2)}`;
}

/** The date `days` later (earlier when negative), across months, years and leap days. */
export function addDays(date: DicomDate, days: number): DicomDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day) + days * 86_400_000);
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate() };
}

/** Whole days from `from` to `to`. */
export function daysBetween(from: DicomDate, to: DicomDate): number {
  return Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000,
  );
}

const TIME = /^(\d{2})(?::?(\d{2})(?::?(\d{2})(?:\.(\d{1,6}))?)?)?$/;

/** Parses TM `HH[MM[SS[.F{1,6}]]]` (also the pre-1993 `HH:MM:SS`); undefined when out of range. */
export function parseTime(text: string): DicomTime | undefined {
  const match = TIME.exec(text.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = match[2] === undefined ? undefined : Number(match[2]);
  // 60 is allowed for a leap second.
  const seconds = match[3] === undefined ? undefined : Number(match[3]);
  if (hours > 23 || (minutes ?? 0) > 59 || (seconds ?? 0) > 60) return undefined;
  return { hours, minutes, seconds, fraction: match[4] };
}

/** Formats a time as TM with the precision it holds. */
export function formatTime(time: DicomTime): string {
  let text = pad(time.hours, 2);
  if (time.minutes === undefined) return text;
  text += pad(time.minutes, 2);
  if (time.seconds === undefined) return text;
  text += pad(time.seconds, 2);
  return time.fraction === undefined ? text : `${text}.${time.fraction}`;
}

const DATE_TIME = /^(\d{4})(?:(\d{2})(?:(\d{2})(\d{2}(?:\d{2}(?:\d{2}(?:\.\d{1,6})?)?)?)?)?)?([+-]\d{4})?$/;

/** Parses DT `YYYY[MM[DD[HH[MM[SS[.F]]]]]][&ZZXX]`; undefined when a field is out of range. */
export function parseDateTime(text: string): DicomDateTime | undefined {
  const match = DATE_TIME.exec(text.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (month !== undefined && (month < 1 || month > 12)) return undefined;
  if (day !== undefined && !validDate(year, month ?? 1, day)) return undefined;
  let time: DicomTime | undefined;
  if (match[4] !== undefined) {
    time = parseTime(match[4]);
    if (!time) return undefined;
  }
  const utcOffset = match[5];
  if (utcOffset !== undefined && !validOffset(utcOffset)) return undefined;
  return { year, month, day, time, utcOffset };
}

function validOffset(offset: string): boolean {
  const hours = Number(offset.slice(1, 3));
  const minutes = Number(offset.slice(3, 5));
  return minutes <= 59 && (offset[0] === '+' ? hours <= 14 : hours <= 12);
}

/** Formats a DT with the precision it holds and its UTC offset. */
export function formatDateTime(value: DicomDateTime): string {
  let text = pad(value.year, 4);
  if (value.month !== undefined) {
    text += pad(value.month, 2);
    if (value.day !== undefined) {
      text += pad(value.day, 2);
      if (value.time) text += formatTime(value.time);
    }
  }
  return value.utcOffset === undefined ? text : text + value.utcOffset;
}

/** A DT moved by whole days; precision, time and UTC offset are kept. Year-only values move by whole years. */
export function addDaysToDateTime(value: DicomDateTime, days: number): DicomDateTime {
  if (value.month === undefined || value.day === undefined) {
    const shifted = addDays({ year: value.year, month: value.month ?? 7, day: 1 }, days);
    return value.month === undefined
      ? { ...value, year: shifted.year }
      : { ...value, year: shifted.year, month: shifted.month };
  }
  const shifted = addDays({ year: value.year, month: value.month, day: value.day }, days);
  return { ...value, year: shifted.year, month: shifted.month, day: shifted.day };
}

/** An AS value: a number of days, weeks, months or years. */
export interface DicomAge {
  readonly value: number;
  readonly unit: 'D' | 'W' | 'M' | 'Y';
}

/** Parses AS `nnnD|W|M|Y`; undefined when malformed. */
export function parseAge(text: string): DicomAge | undefined {
  const match = /^(\d{3})([DWMY])$/.exec(text.trim());
  if (!match) return undefined;
  return { value: Number(match[1]), unit: match[2] as DicomAge['unit'] };
}

/** Formats an age as AS; values above 999 are not representable and throw a RangeError. */
export function formatAge(age: DicomAge): string {
  if (!Number.isInteger(age.value) || age.value < 0 || age.value > 999)
    throw new RangeError('an AS value holds 0 to 999');
  return `${pad(age.value, 3)}${age.unit}`;
}

/** An age in (fractional) years, for comparisons and grouping. */
export function ageInYears(age: DicomAge): number {
  switch (age.unit) {
    case 'Y':
      return age.value;
    case 'M':
      return age.value / 12;
    case 'W':
      return (age.value * 7) / 365.25;
    case 'D':
      return age.value / 365.25;
  }
}
