import { foldCase } from './case-fold';
import { boundaryFor, forEachOccurrence, type TermBoundary } from './term-search';

interface Term {
  readonly folded: string;
  readonly boundary: TermBoundary;
}

/** Finds the identifying values of one file's headers inside free text, case-insensitively. */
export class KnownIdentifierMatcher {
  private readonly terms: readonly Term[];
  /** The terms joined: equal matchers (the slices of one series) have equal fingerprints. */
  readonly fingerprint: string;

  constructor(values: Iterable<string>) {
    const unique = new Set<string>();
    for (const value of values) {
      const folded = foldCase(value.trim());
      if (folded.length >= 2) unique.add(folded);
    }
    // Longest first, so a full name is removed before one of its components.
    this.terms = [...unique]
      .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
      .map((folded) => ({ folded, boundary: boundaryFor(folded) }));
    this.fingerprint = this.terms.map((term) => term.folded).join('\u0000');
  }

  get size(): number {
    return this.terms.length;
  }

  /** The text with every occurrence of a known identifier replaced by one space. */
  removeFrom(text: string): string {
    if (this.terms.length === 0 || text === '') return text;
    const folded = foldCase(text);
    let marks: Uint8Array | null = null;
    for (const term of this.terms) {
      forEachOccurrence(folded, term.folded, term.boundary, (start) => {
        marks ??= new Uint8Array(text.length);
        marks.fill(1, start, start + term.folded.length);
      });
    }
    if (!marks) return text;
    const removed: Uint8Array = marks;
    let out = '';
    let inRemoval = false;
    for (let i = 0; i < text.length; i += 1) {
      if (removed[i] === 1) {
        if (!inRemoval) out += ' ';
        inRemoval = true;
      } else {
        out += text[i];
        inRemoval = false;
      }
    }
    return out;
  }
}
