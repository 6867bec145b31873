const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a proleptic Gregorian date, or undefined when the date does not exist. */
export function daysFromCivil(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1 || year > 9999) return undefined;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return undefined;
  return Math.round(date.getTime() / DAY_MS);
}

/** The civil date of a day number, or undefined outside years 1–9999. */
export function civilFromDays(days: number): { year: number; month: number; day: number } | undefined {
  const date = new Date(days * DAY_MS);
  const year = date.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  return { year, month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

/** Shifts a date by whole days; undefined when the input is not a date or leaves years 1–9999. */
export function shiftYmd(year: number, month: number, day: number, days: number): string | undefined {
  const start = daysFromCivil(year, month, day);
  if (start === undefined) return undefined;
  const shifted = civilFromDays(start + days);
  return shifted && `${pad(shifted.year, 4)}${pad(shifted.month, 2)}${pad(shifted.day, 2)}`;
}
