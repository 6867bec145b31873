/** How an identifier must be delimited to count as found inside other text. */
export type TermBoundary =
  /** Digits only: no digit may touch it (a patient id inside a longer number is not the id). */
  | 'digits'
  /** Short words: no letter or digit may touch it. */
  | 'word'
  /** A UID: no digit or dot may touch it. */
  | 'uid'
  /** Long or ideographic terms: anywhere. */
  | 'none';

const HAN_KANA_HANGUL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ALL_DIGITS = /^\d+$/;
const UID = /^\d+(\.\d+)+$/;

/** Terms this long (with at least one letter) are matched anywhere, shorter ones only as whole words. */
export const WORD_BOUNDARY_BELOW = 6;

/** The boundary rule for a (case-folded) term. */
export function boundaryFor(term: string): TermBoundary {
  if (UID.test(term)) return 'uid';
  if (ALL_DIGITS.test(term)) return 'digits';
  if (HAN_KANA_HANGUL.test(term)) return 'none';
  return term.length < WORD_BOUNDARY_BELOW ? 'word' : 'none';
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

function touches(text: string, index: number, boundary: TermBoundary): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  switch (boundary) {
    case 'digits':
      return isDigitCode(code);
    case 'uid':
      return isDigitCode(code) || code === 46;
    case 'word':
      return code < 128
        ? isDigitCode(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122)
        : LETTER_OR_DIGIT.test(text[index] as string);
    case 'none':
      return false;
  }
}

/** Calls `found(start)` for every occurrence of `term` in `text` that respects its boundary rule. */
export function forEachOccurrence(
  text: string,
  term: string,
  boundary: TermBoundary,
  found: (start: number) => void,
): void {
  if (term === '') return;
  let from = 0;
  for (;;) {
    const start = text.indexOf(term, from);
    if (start < 0) return;
    const end = start + term.length;
    if (!touches(text, start - 1, boundary) && !touches(text, end, boundary)) found(start);
    from = start + 1;
  }
}
