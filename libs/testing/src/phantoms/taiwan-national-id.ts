import type { SeededRandom } from './seeded-random';

// Each region letter stands for a two-digit number in the checksum (the order is historical, not alphabetical).
const LETTER_CODES: Readonly<Record<string, number>> = {
  A: 10,
  B: 11,
  C: 12,
  D: 13,
  E: 14,
  F: 15,
  G: 16,
  H: 17,
  I: 34,
  J: 18,
  K: 19,
  L: 20,
  M: 21,
  N: 22,
  O: 35,
  P: 23,
  Q: 24,
  R: 25,
  S: 26,
  T: 27,
  U: 28,
  V: 29,
  W: 32,
  X: 30,
  Y: 31,
  Z: 33,
};
const WEIGHTS = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1] as const;

function weightedSum(letter: string, digits: string): number {
  const code = LETTER_CODES[letter];
  if (code === undefined) return NaN;
  const all = [Math.floor(code / 10), code % 10, ...[...digits].map(Number)];
  return all.reduce((sum, digit, index) => sum + digit * (WEIGHTS[index] ?? 0), 0);
}

/** True for a well-formed Taiwan national identification number: letter, sex digit, 8 digits, valid checksum. */
export function isTaiwanNationalId(text: string): boolean {
  if (!/^[A-Z][12]\d{8}$/.test(text)) return false;
  return weightedSum(text.charAt(0), text.slice(1)) % 10 === 0;
}

/** A synthetic but valid Taiwan national identification number (sex digit 1 male, 2 female). */
export function taiwanNationalId(random: SeededRandom, sex: 'M' | 'F'): string {
  const letter = random.pick(Object.keys(LETTER_CODES));
  const body = `${sex === 'M' ? 1 : 2}${random.digits(7)}`;
  const check = (10 - (weightedSum(letter, `${body}0`) % 10)) % 10;
  return `${letter}${body}${check}`;
}
