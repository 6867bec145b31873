import { BoundedMemo } from './bounded-memo';

/** A kind of identifying value that free-text cleaning recognizes by its shape. */
export type TextIdentifierKind = 'date' | 'national-id' | 'email' | 'phone' | 'id' | 'name' | 'address';

interface PatternSource {
  readonly kind: TextIdentifierKind;
  /** A cheap test every match needs to pass: most text has no digit, no @ and no caret, and skips the rest. */
  readonly needs: RegExp;
  /** Written with \p{L}, \p{Lu} and \p{N} only inside character classes, so an ASCII twin can be derived. */
  readonly regex: RegExp;
  /** Extra check on a match; a match it rejects stays in the text. */
  readonly accept?: (match: string) => boolean;
}

interface Pattern extends PatternSource {
  /** The same pattern for ASCII-only text, without Unicode property classes (several times faster). */
  readonly ascii: RegExp;
}

function withAsciiTwin(pattern: PatternSource): Pattern {
  const source = pattern.regex.source
    .replace(/\\p\{Lu\}/g, 'A-Z')
    .replace(/\\p\{L\}/g, 'A-Za-z')
    .replace(/\\p\{N\}/g, '0-9');
  return { ...pattern, ascii: new RegExp(source, pattern.regex.flags.replace('u', '')) };
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

// Letters and digits of any script do not touch a match on either side.
const B0 = '(?<![\\p{L}\\p{N}])';
const B1 = '(?![\\p{L}\\p{N}])';
const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

const digitCount = (text: string) => text.replace(/\D/g, '').length;

const DIGIT = /\d/;
const DMY = /\d[-/.]\d/;
const MONTH_NAME = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const CJK_DATE = /[年月]/;
const EIGHT_DIGITS = /\d{8}/;
const ID_LABEL = /(?:MRN|MR#|PID|ID|No|NO|Nr|Acc|Chart|病歷|身分證|編號)/;
const DOTTED = /\d\.\d+\.\d+\.\d/;
const STREET =
  /(?:street|road|rd|ave|boulevard|blvd|lane|drive|court|place|square|terrace|highway|hwy|parkway|pkwy|str|gasse|weg|platz|allee|rue|calle)/i;
const FIVE_DIGITS = /\d{5}/;
const AT = /@/;
const HASH = /#/;
const CARET = /\^/;
const COLON = /[:：]/;
const BOX = /box/i;
const TITLE = /(?:Dr|Mr|Ms|Mx|Miss|Prof|Sr|Herr|Frau|Mme|Mlle|DR\.|MR\.|MRS\.|MS\.|PROF\.)/;

/**
 * The shapes free text loses, in the order they are applied. Year-first dates are handled before these
 * (shifted or kept when the profile says so); every date shape left here is ambiguous and removed.
 */
export const IDENTIFIER_PATTERNS: readonly Pattern[] = (
  [
    // UIDs and other dotted numbers of four or more parts (before dates, which would take their first parts).
    { kind: 'id', needs: DOTTED, regex: new RegExp(`${B0}\\d+(?:\\.\\d+){3,}${B1}`, 'gu') },
    // Day/month/year in either order, two- or four-digit years, and ROC (Minguo) years such as 093/03/12.
    { kind: 'date', needs: DMY, regex: new RegExp(`${B0}\\d{1,3}[-/.]\\d{1,2}[-/.]\\d{2,4}${B1}`, 'gu') },
    {
      kind: 'date',
      needs: MONTH_NAME,
      regex: new RegExp(`${B0}\\d{1,2}(?:st|nd|rd|th)?[ -]?(?:of )?${MONTH}\\.?,?[ -]?\\d{2,4}${B1}`, 'giu'),
    },
    {
      kind: 'date',
      needs: MONTH_NAME,
      regex: new RegExp(`${B0}${MONTH}\\.?[ -]\\d{1,2}(?:st|nd|rd|th)?,?[ -]\\d{2,4}${B1}`, 'giu'),
    },
    { kind: 'date', needs: MONTH_NAME, regex: new RegExp(`${B0}${MONTH}\\.?[ -]\\d{4}${B1}`, 'giu') },
    {
      kind: 'date',
      needs: CJK_DATE,
      regex:
        /(?:民國\s*)?\d{2,4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日號])?)?|\d{1,2}\s*月\s*\d{1,2}\s*[日號]/gu,
    },
    // Taiwan's national identification number: a letter, 1 or 2, eight digits.
    { kind: 'national-id', needs: EIGHT_DIGITS, regex: new RegExp(`${B0}[A-Z][12]\\d{8}${B1}`, 'giu') },
    { kind: 'email', needs: AT, regex: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu },
    // Phone numbers: digit groups with +, parentheses or dashes, or a trunk-prefixed spaced number.
    {
      kind: 'phone',
      needs: DIGIT,
      regex: new RegExp(
        `${B0}(?:\\+\\d{1,3}[ .-]?)?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{1,4}(?:[ .-]\\d{2,4}){1,4}${B1}`,
        'gu',
      ),
      accept: (match) => {
        const digits = digitCount(match);
        if (digits < 7 || digits > 15) return false;
        if (/[+(]/.test(match) || (/-/.test(match) && !/\./.test(match))) return true;
        return digits >= 8 && /^0/.test(match) && !/\./.test(match);
      },
    },
    // Labelled identifiers: "MRN 12345", "ID: A1234", "Acc# 9876", 病歷號 1234567.
    {
      kind: 'id',
      needs: ID_LABEL,
      regex: new RegExp(
        `${B0}(?:MRN|MR#|PID|ID|No|NO|Nr|Acc(?:ession)?|Chart|病歷號碼?|病歷|身分證(?:字號)?|編號)\\.?\\s*[:：#]?\\s*(?=[\\p{L}-]*\\d)[\\p{L}\\p{N}-]{3,}`,
        'gu',
      ),
    },
    { kind: 'id', needs: HASH, regex: /#\s*\d+/gu },
    // Any token holding a run of five or more digits (record numbers, accession numbers, serials),
    // except the fraction of a decimal number such as 0.12345.
    {
      kind: 'id',
      needs: FIVE_DIGITS,
      regex: /(?<![\p{L}\p{N}-]|\d\.)[\p{L}\p{N}-]*\d{5,}[\p{L}\p{N}-]*/gu,
    },
    // Person-name shapes: DICOM PN (family^given), titles before capitalized words, and labelled names.
    { kind: 'name', needs: CARET, regex: /[\p{L}'.-]*\^[\p{L}'.^=-]*/gu },
    {
      kind: 'name',
      needs: TITLE,
      regex: new RegExp(
        `${B0}(?:(?:Dr|Dra|Mr|Mrs|Ms|Mx|Miss|Prof|Sr|Sra|Herr|Frau|Mme|Mlle)\\.?|(?:DR|MR|MRS|MS|PROF)\\.)\\s*[\\p{Lu}][\\p{L}'-]*\\.?(?:\\s+[\\p{Lu}][\\p{L}'-]*\\.?){0,3}`,
        'gu',
      ),
    },
    {
      kind: 'name',
      needs: COLON,
      regex:
        /(?<![\p{L}\p{N}])(?:patient|name|physician|doctor|dr|technologist|operator|radiologist|nurse|referr(?:ing|ed by)|signed(?: by)?|姓名|病人|病患|醫師|技術員)\s*[:：]\s*[^,;\n]*/giu,
    },
    // Street addresses and post boxes in Latin script (abbreviations that are also imaging words, such as
    // ST and CT, are left out).
    {
      kind: 'address',
      needs: STREET,
      regex: new RegExp(
        `${B0}\\d{1,5}[A-Za-z]?,?\\s+(?:[\\p{L}'.-]+\\s+){0,4}?(?:street|road|rd|avenue|ave|boulevard|blvd|lane|drive|court|place|square|terrace|highway|hwy|parkway|pkwy|strasse|straße|str|gasse|weg|platz|allee|rue|calle)\\.?${B1}`,
        'giu',
      ),
    },
    { kind: 'address', needs: BOX, regex: /(?<![\p{L}\p{N}])P\.?\s?O\.?\s+Box\s+\d+/giu },
  ] satisfies PatternSource[]
).map(withAsciiTwin);

const shapeMemo = new BoundedMemo<readonly (readonly [TextIdentifierKind, string])[]>(4096);

/** Calls `found(kind, match)` for every identifier shape in text, without changing it. */
export function findIdentifierShapes(
  text: string,
  found: (kind: TextIdentifierKind, match: string) => void,
): void {
  let shapes = shapeMemo.get(text);
  if (shapes === undefined) {
    const collected: (readonly [TextIdentifierKind, string])[] = [];
    const ascii = ASCII_ONLY.test(text);
    for (const pattern of IDENTIFIER_PATTERNS) {
      if (!pattern.needs.test(text)) continue;
      const regex = ascii ? pattern.ascii : pattern.regex;
      regex.lastIndex = 0;
      for (const match of text.matchAll(regex)) {
        if (!pattern.accept || pattern.accept(match[0])) collected.push([pattern.kind, match[0]]);
      }
    }
    shapes = collected;
    shapeMemo.set(text, shapes);
  }
  for (const [kind, match] of shapes) found(kind, match);
}

/** The text with every identifier shape replaced by one space. */
export function removeIdentifierShapes(text: string): string {
  let out = text;
  const ascii = ASCII_ONLY.test(text);
  for (const pattern of IDENTIFIER_PATTERNS) {
    if (!pattern.needs.test(out)) continue;
    const accept = pattern.accept;
    out = out.replace(ascii ? pattern.ascii : pattern.regex, (match) =>
      !accept || accept(match) ? ' ' : match,
    );
  }
  return out;
}
