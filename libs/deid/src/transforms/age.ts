import { daysFromCivil } from './calendar';

const AGE = /^(\d{3})([DWMY])$/;

/** The Age String that replaces ages over 89 years: HIPAA Safe Harbor's "90 or older". */
export const GROUPED_AGE = '090Y';

/** Replaces an Age String over 89 years by 090Y; other ages (and anything that is not an age) are returned as they are. */
export function groupAgeOver89(value: string): string {
  const match = AGE.exec(value.trim());
  if (!match) return value;
  // 999M (83 years) and 999W (19 years) can never exceed 89 years, so only Y ages are grouped.
  return match[2] === 'Y' && Number(match[1]) > 89 ? GROUPED_AGE : value;
}

/** The Age String in whole years between two DA values (birth, then the study), or undefined when either is not a date. */
export function ageBetween(birthDate: string, onDate: string): string | undefined {
  const birth = /^(\d{4})(\d{2})(\d{2})$/.exec(birthDate.trim());
  const on = /^(\d{4})(\d{2})(\d{2})$/.exec(onDate.trim());
  if (!birth || !on) return undefined;
  const [by, bm, bd] = [Number(birth[1]), Number(birth[2]), Number(birth[3])];
  const [oy, om, od] = [Number(on[1]), Number(on[2]), Number(on[3])];
  const birthDays = daysFromCivil(by, bm, bd);
  const onDays = daysFromCivil(oy, om, od);
  if (birthDays === undefined || onDays === undefined || onDays < birthDays) return undefined;
  let years = oy - by;
  if (om < bm || (om === bm && od < bd)) years -= 1;
  if (years >= 1) return `${String(Math.min(years, 999)).padStart(3, '0')}Y`;
  const days = onDays - birthDays;
  return days >= 31
    ? `${String(Math.floor(days / 30.4375)).padStart(3, '0')}M`
    : `${String(days).padStart(3, '0')}D`;
}
