import { shiftYmd } from '../transforms/calendar';

/** What happens to dates found in free text: removed, kept as written, or shifted by whole days. */
export type TextDatePolicy =
  { readonly kind: 'remove' } | { readonly kind: 'keep' } | { readonly kind: 'shift'; readonly days: number };

// Unambiguous year-first dates: YYYYMMDD, YYYY-MM-DD, YYYY/MM/DD, YYYY.MM.DD and YYYY年M月D日.
const ISO_DATE =
  /(?<![\p{L}\p{N}])(\d{4})([-/.]?)(\d{2})\2(\d{2})(?![\p{L}\p{N}])|(\d{4})(\s*年\s*)(\d{1,2})(\s*月\s*)(\d{1,2})(\s*日)/gu;

/** Private-use characters stand in for protected dates while the other rules run. */
const MARKER_BASE = 0xe000;

/**
 * Replaces every unambiguous date by a marker (or by a space when dates are removed) and returns
 * the text plus the values to put back: the date as written, or shifted in the same format.
 * A year-first number that is not a real date is left for the other rules.
 */
export function protectDates(text: string, policy: TextDatePolicy): { text: string; dates: string[] } {
  const dates: string[] = [];
  const replaced = text.replace(ISO_DATE, (whole: string, ...groups: (string | undefined)[]) => {
    const [y1, sep, m1, d1, y2, nian, m2, yue, d2, ri] = groups;
    const year = Number(y1 ?? y2);
    const month = Number(m1 ?? m2);
    const day = Number(d1 ?? d2);
    if (shiftYmd(year, month, day, 0) === undefined || year < 1800 || dates.length >= 0x1800) return whole;
    if (policy.kind === 'remove') return ' ';
    let value = whole;
    if (policy.kind === 'shift') {
      const shifted = shiftYmd(year, month, day, policy.days);
      if (shifted === undefined) return ' ';
      const [sy, sm, sd] = [shifted.slice(0, 4), shifted.slice(4, 6), shifted.slice(6, 8)];
      value =
        y1 !== undefined
          ? `${sy}${sep}${sm}${sep}${sd}`
          : `${sy}${nian}${(m2 as string).length === 1 ? String(Number(sm)) : sm}${yue}${(d2 as string).length === 1 ? String(Number(sd)) : sd}${ri}`;
    }
    dates.push(value);
    return String.fromCharCode(MARKER_BASE + dates.length - 1);
  });
  return { text: replaced, dates };
}

/** Puts protected dates back. */
export function restoreDates(text: string, dates: readonly string[]): string {
  if (dates.length === 0) return text;
  return text.replace(/[\ue000-\uf8ff]/gu, (char) => dates[char.charCodeAt(0) - MARKER_BASE] ?? '');
}
