import { DUMMY_PERSON_NAME, DUMMY_TEXT } from '../transforms/dummy-values';

// Values that stand for "nothing here": tools and sites write them in place of identifying data, and
// Lattice writes its own dummies. Finding one in an output is not a leak.
const FILLERS = new Set(
  [
    'ANONYMOUS',
    'ANONYMIZED',
    'ANONYMISED',
    'ANON',
    'REMOVED',
    'REDACTED',
    'UNKNOWN',
    'NONE',
    'NULL',
    'N/A',
    'NA',
    'EMPTY',
    'NOT CONNECTED',
    'DE-IDENTIFIED',
    DUMMY_TEXT,
    DUMMY_PERSON_NAME,
  ].map((value) => value.toUpperCase()),
);

const LONGEST_FILLER = Math.max(...[...FILLERS].map((value) => value.length));

/** True for values that hold no identity: fillers such as ANONYMOUS, dummies, and one character repeated (xxxx, ----). */
export function isFillerValue(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length <= LONGEST_FILLER && FILLERS.has(trimmed.toUpperCase())) return true;
  let first = '';
  for (const char of trimmed) {
    if (SEPARATORS.has(char)) continue;
    const upper = char.toUpperCase();
    if (first === '') first = upper;
    else if (upper !== first) return false;
  }
  return true;
}

const SEPARATORS = new Set([' ', '\t', '^', '=', '.', ',', '_', '-']);
