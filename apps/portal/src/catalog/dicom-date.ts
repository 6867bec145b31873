import type { Locale } from '../i18n/locale';

/** A DICOM date (DA, `YYYYMMDD`) as a UTC instant at midnight, or null when it is not a real date. */
export function parseDicomDate(value: string): Date | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 20240230 over into March: only a date that survives the round trip is real.
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    ? date
    : null;
}

/** A DICOM date in the locale's medium style ("Mar 14, 2019", "2019年3月14日"); other text is shown as is. */
export function formatDicomDate(value: string, locale: Locale): string {
  const date = parseDicomDate(value);
  if (date === null) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
}

/** The DICOM date of a date input's value (`YYYY-MM-DD`), or null when the input is empty or not a date. */
export function dicomDateOfInput(value: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return null;
  const dicom = `${match[1]}${match[2]}${match[3]}`;
  return parseDicomDate(dicom) === null ? null : dicom;
}

/** A DICOM date as a date input's value (`YYYY-MM-DD`). */
export function inputOfDicomDate(value: string): string {
  return `${value.slice(0, 4)}-${value.slice(4, 6)}-${value.slice(6, 8)}`;
}
