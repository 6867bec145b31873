/**
 * A case-insensitive glob over device strings: `*` matches any run of characters, `?` exactly one.
 * Surrounding whitespace is ignored on both sides. Matching is iterative (no regular expression built
 * from rule text), so a pattern from a rules file cannot make matching slow.
 */
export class GlobPattern {
  private readonly pattern: string;

  constructor(readonly source: string) {
    this.pattern = normalize(source);
  }

  matches(value: string): boolean {
    const text = normalize(value);
    const pattern = this.pattern;
    let p = 0;
    let t = 0;
    let starAt = -1;
    let resumeAt = 0;
    while (t < text.length) {
      const c = pattern[p];
      if (c === '*') {
        starAt = p++;
        resumeAt = t;
      } else if (c !== undefined && (c === '?' || c === text[t])) {
        p++;
        t++;
      } else if (starAt >= 0) {
        // Let the last star swallow one more character and retry from there.
        p = starAt + 1;
        t = ++resumeAt;
      } else {
        return false;
      }
    }
    while (pattern[p] === '*') p++;
    return p === pattern.length;
  }
}

function normalize(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
