import type { VR } from './vr';

/**
 * A resolved Specific Character Set (0008,0005): the single-byte sets (ISO 8859 family, JIS X 0201, TIS 620),
 * their ISO 2022 forms with escape sequences (including JIS X 0208/0212, KS X 1001 and GB 2312), UTF-8, GB18030
 * and GBK, per PS3.3 C.12.1.1.2 and PS3.5 6.1.
 */
export interface CharacterSet {
  /** The defined terms as written in the dataset, in order (value 1 may be empty). */
  readonly terms: readonly string[];
  /** True when text is UTF-8 (ISO_IR 192), the encoding every rewritten value uses. */
  readonly isUtf8: boolean;
  /** Terms this library does not know; text with non-ASCII bytes under them cannot be decoded. */
  readonly unknownTerms: readonly string[];
  /** True when ISO 2022 escape sequences switch between sets inside values. */
  readonly codeExtensions: boolean;
}

export type CharsetErrorCode =
  /** The Specific Character Set names a term this library does not know, and the value has non-ASCII bytes. */
  | 'UNKNOWN_CHARACTER_SET'
  /** A value holds an ISO 2022 escape sequence that designates no known character set. */
  | 'UNKNOWN_ESCAPE_SEQUENCE'
  /** Non-ASCII text was set on a dataset whose text is not UTF-8 (transcode it first). */
  | 'REQUIRES_UTF8';

/** Text that cannot be decoded faithfully. The message names the terms at fault, never the text. */
export class CharsetError extends Error {
  constructor(
    readonly code: CharsetErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CharsetError';
  }
}

const ESC = 0x1b;

/** A set invoked in G0 (bytes 0x21–0x7E). */
type G0Set = 'ascii' | 'romaji' | 'jis0208' | 'jis0212';
/** A set invoked in G1 (bytes 0xA0–0xFF). */
type G1Set =
  | 'latin1'
  | 'latin2'
  | 'latin3'
  | 'latin4'
  | 'cyrillic'
  | 'arabic'
  | 'greek'
  | 'hebrew'
  | 'latin5'
  | 'latin9'
  | 'katakana'
  | 'thai'
  | 'ksx1001'
  | 'gb2312';
/** Encodings that cover a whole value and allow no code extensions. */
type WholeEncoding = 'utf-8' | 'gb18030' | 'gbk';

interface TermInfo {
  readonly g0?: G0Set;
  readonly g1?: G1Set;
  readonly whole?: WholeEncoding;
}

// Normalised term (upper case, no spaces, underscores or hyphens) → what it designates.
const TERMS: ReadonlyMap<string, TermInfo> = new Map<string, TermInfo>([
  ['', { g0: 'ascii' }],
  ['ISOIR6', { g0: 'ascii' }],
  ['ISO2022IR6', { g0: 'ascii' }],
  ...(
    [
      ['100', 'latin1'],
      ['101', 'latin2'],
      ['109', 'latin3'],
      ['110', 'latin4'],
      ['144', 'cyrillic'],
      ['127', 'arabic'],
      ['126', 'greek'],
      ['138', 'hebrew'],
      ['148', 'latin5'],
      ['203', 'latin9'],
      ['166', 'thai'],
    ] as const
  ).flatMap(([number, g1]): [string, TermInfo][] => [
    [`ISOIR${number}`, { g0: 'ascii', g1 }],
    [`ISO2022IR${number}`, { g0: 'ascii', g1 }],
  ]),
  ['ISOIR13', { g0: 'romaji', g1: 'katakana' }],
  ['ISO2022IR13', { g0: 'romaji', g1: 'katakana' }],
  ['ISO2022IR87', { g0: 'jis0208' }],
  ['ISOIR87', { g0: 'jis0208' }],
  ['ISO2022IR159', { g0: 'jis0212' }],
  ['ISOIR159', { g0: 'jis0212' }],
  ['ISO2022IR149', { g1: 'ksx1001' }],
  ['ISOIR149', { g1: 'ksx1001' }],
  ['ISO2022IR58', { g1: 'gb2312' }],
  ['ISOIR58', { g1: 'gb2312' }],
  ['ISOIR192', { whole: 'utf-8' }],
  ['UTF8', { whole: 'utf-8' }],
  ['GB18030', { whole: 'gb18030' }],
  ['GBK', { whole: 'gbk' }],
]);

function normaliseTerm(term: string): string {
  return term.replace(/[\s_-]/g, '').toUpperCase();
}

/** How to decode under one (0008,0005) value. */
interface Plan {
  readonly whole: WholeEncoding | null;
  readonly initialG0: G0Set;
  readonly initialG1: G1Set | null;
  /** A G1 set to fall back on for high bytes before any designation (the only G1 set the terms name). */
  readonly fallbackG1: G1Set | null;
  readonly codeExtensions: boolean;
  readonly unknownTerms: readonly string[];
}

interface ResolvedCharacterSet extends CharacterSet {
  readonly plan: Plan;
}

const resolvedCache = new Map<string, ResolvedCharacterSet>();

/** Resolves the value of (0008,0005), tolerating misspellings such as `ISO-IR 100`, `ISO_IR100` or `utf-8`. */
export function parseSpecificCharacterSet(value: string): CharacterSet {
  const cached = resolvedCache.get(value);
  if (cached) return cached;
  const terms =
    value.replace(/[\0 ]+$/, '') === ''
      ? []
      : value.split('\\').map((term) => term.trim().replace(/\0+$/, ''));
  const infos = terms.map((term) => TERMS.get(normaliseTerm(term)));
  const unknownTerms = terms.filter((_, i) => infos[i] === undefined);
  const first = infos[0];
  const whole = first?.whole ?? null;
  const g1Sets = infos.flatMap((info) => (info?.g1 ? [info.g1] : []));
  const plan: Plan = {
    whole,
    initialG0: first?.g0 === 'romaji' ? 'romaji' : 'ascii',
    initialG1: first?.g1 ?? null,
    fallbackG1: first?.g1 ?? (g1Sets.length === 1 ? (g1Sets[0] as G1Set) : null),
    codeExtensions:
      whole === null && (terms.length > 1 || terms.some((term) => normaliseTerm(term).startsWith('ISO2022'))),
    // Under UTF-8, GB18030 or GBK as value 1 no other term can be invoked, so unknown ones do not matter.
    unknownTerms: whole ? [] : unknownTerms,
  };
  const resolved: ResolvedCharacterSet = {
    terms,
    isUtf8: whole === 'utf-8',
    unknownTerms,
    codeExtensions: plan.codeExtensions,
    plan,
  };
  if (resolvedCache.size < 256) resolvedCache.set(value, resolved);
  return resolved;
}

function planOf(charset: CharacterSet): Plan {
  const plan = (charset as Partial<ResolvedCharacterSet>).plan;
  return plan ?? (parseSpecificCharacterSet(charset.terms.join('\\')) as ResolvedCharacterSet).plan;
}

const decoders = new Map<string, InstanceType<typeof TextDecoder>>();

function decoder(label: string): InstanceType<typeof TextDecoder> {
  let found = decoders.get(label);
  if (!found) {
    found = new TextDecoder(label);
    decoders.set(label, found);
  }
  return found;
}

/** Bytes as code points 0–255 (ISO 8859-1, and ASCII). */
function latin1String(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.byteLength; i += 4096) {
    text += String.fromCharCode.apply(null, bytes.subarray(i, i + 4096) as unknown as number[]);
  }
  return text;
}

const SINGLE_BYTE_LABELS: Partial<Record<G1Set, string>> = {
  latin2: 'iso-8859-2',
  latin3: 'iso-8859-3',
  latin4: 'iso-8859-4',
  cyrillic: 'iso-8859-5',
  arabic: 'iso-8859-6',
  greek: 'iso-8859-7',
  hebrew: 'iso-8859-8',
  latin5: 'iso-8859-9',
  latin9: 'iso-8859-15',
  thai: 'windows-874',
};

const upperHalfTables = new Map<G1Set, string[]>();

/** Characters for bytes 0x80–0xFF of a single-byte set; 0x80–0x9F stay C1 controls as ISO 8859 defines them. */
function upperHalf(set: G1Set): string[] {
  let table = upperHalfTables.get(set);
  if (table) return table;
  table = [];
  for (let byte = 0x80; byte <= 0xff; byte++) {
    if (byte < 0xa0 || set === 'latin1') table.push(String.fromCharCode(byte));
    else if (set === 'katakana')
      table.push(byte <= 0xdf ? String.fromCharCode(0xff61 + byte - 0xa1) : '\ufffd');
    else table.push(decoder(SINGLE_BYTE_LABELS[set] ?? 'utf-8').decode(Uint8Array.of(byte)));
  }
  upperHalfTables.set(set, table);
  return table;
}

function isPlainAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.byteLength; i++) {
    const byte = bytes[i] as number;
    if (byte >= 0x80 || byte === ESC) return false;
  }
  return true;
}

const fatalUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * UTF-8, or ISO 8859-1 when the bytes are not valid UTF-8: files declared ISO_IR 192 (or declaring nothing)
 * that hold Latin-1 text exist, and reading them as Latin-1 keeps their meaning where U+FFFD would lose it.
 */
function utf8OrLatin1(bytes: Uint8Array): string {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return latin1String(bytes);
  }
}

/**
 * Decodes value bytes to text under a character set (null: the default repertoire). The caller passes null
 * for VRs that do not use the Specific Character Set. Data with no Specific Character Set but non-ASCII bytes
 * is read as UTF-8 when it is valid UTF-8, else as ISO 8859-1, the two encodings such files are found in; the
 * same fallback applies to ISO_IR 192 values that are not valid UTF-8.
 * Throws CharsetError when the set is unknown and the value is not plain ASCII.
 */
export function decodeText(bytes: Uint8Array, charset: CharacterSet | null, vr: VR): string {
  if (isPlainAscii(bytes)) return latin1String(bytes);
  if (!charset || charset.terms.length === 0) return utf8OrLatin1(bytes);
  const plan = planOf(charset);
  if (plan.unknownTerms.length > 0) {
    throw new CharsetError(
      'UNKNOWN_CHARACTER_SET',
      `unknown Specific Character Set term(s) ${plan.unknownTerms.map((term) => JSON.stringify(term)).join(', ')}`,
    );
  }
  if (plan.whole === 'utf-8') return utf8OrLatin1(bytes);
  if (plan.whole) return decoder(plan.whole).decode(bytes);
  if (!plan.codeExtensions && plan.initialG1 === 'latin1' && !bytes.includes(ESC)) return latin1String(bytes);
  return decodeIso2022(bytes, plan, vr);
}

interface Designation {
  readonly length: number;
  readonly g0?: G0Set;
  readonly g1?: G1Set;
}

/** The escape sequence at `i` (bytes after ESC), PS3.3 Tables C.12-3 and C.12-4. */
function designationAt(bytes: Uint8Array, i: number): Designation | null {
  const b1 = bytes[i + 1];
  const b2 = bytes[i + 2];
  const b3 = bytes[i + 3];
  if (b1 === 0x28) {
    if (b2 === 0x42) return { length: 3, g0: 'ascii' };
    if (b2 === 0x4a) return { length: 3, g0: 'romaji' };
  }
  if (b1 === 0x29 && b2 === 0x49) return { length: 3, g1: 'katakana' };
  if (b1 === 0x2d && b2 !== undefined) {
    const g1 = SIXTY_NINE_SETS.get(b2);
    if (g1) return { length: 3, g1 };
  }
  if (b1 === 0x24) {
    if (b2 === 0x42 || b2 === 0x40) return { length: 3, g0: 'jis0208' };
    if (b2 === 0x28 && b3 === 0x44) return { length: 4, g0: 'jis0212' };
    if (b2 === 0x29 && b3 === 0x43) return { length: 4, g1: 'ksx1001' };
    if (b2 === 0x29 && b3 === 0x41) return { length: 4, g1: 'gb2312' };
  }
  return null;
}

/** Final bytes of `ESC - F`, the 96-character sets of the ISO 8859 family. */
const SIXTY_NINE_SETS = new Map<number, G1Set>([
  [0x41, 'latin1'],
  [0x42, 'latin2'],
  [0x43, 'latin3'],
  [0x44, 'latin4'],
  [0x4c, 'cyrillic'],
  [0x47, 'arabic'],
  [0x46, 'greek'],
  [0x48, 'hebrew'],
  [0x4d, 'latin5'],
  [0x62, 'latin9'],
  [0x54, 'thai'],
]);

const CR = 0x0d;
const LF = 0x0a;
const FF = 0x0c;
const TAB = 0x09;

/** Characters after which the designations of value 1 are in force again (PS3.5 6.1.2.5.3). */
function isResetPoint(byte: number, vr: VR): boolean {
  if (byte === CR || byte === LF || byte === FF || byte === TAB) return true;
  if (vr === 'LT' || vr === 'ST' || vr === 'UT' || vr === 'UR') return false;
  if (byte === 0x5c) return true;
  return vr === 'PN' && (byte === 0x5e || byte === 0x3d);
}

function isGl(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0x21 && byte <= 0x7e;
}

function isGr(byte: number | undefined): boolean {
  return byte !== undefined && byte >= 0xa1 && byte <= 0xfe;
}

/** ISO 2022 decoding with G0/G1 designations switched by escape sequences inside the value. */
function decodeIso2022(bytes: Uint8Array, plan: Plan, vr: VR): string {
  let text = '';
  let g0: G0Set = plan.initialG0;
  let g1: G1Set | null = plan.initialG1;
  const n = bytes.byteLength;
  let i = 0;
  while (i < n) {
    const byte = bytes[i] as number;
    if (byte === ESC) {
      const designation = designationAt(bytes, i);
      if (!designation)
        throw new CharsetError(
          'UNKNOWN_ESCAPE_SEQUENCE',
          'a value holds an unknown ISO 2022 escape sequence',
        );
      if (designation.g0) g0 = designation.g0;
      if (designation.g1) g1 = designation.g1;
      i += designation.length;
      continue;
    }
    if (byte < 0x80) {
      if ((g0 === 'jis0208' || g0 === 'jis0212') && isGl(byte)) {
        let end = i;
        while (end + 1 < n && isGl(bytes[end]) && isGl(bytes[end + 1])) end += 2;
        if (end === i) {
          text += '\ufffd';
          i += 1;
          continue;
        }
        text += decodeJis(bytes.subarray(i, end), g0);
        i = end;
        continue;
      }
      // JIS X 0201 romaji differs from ASCII only at 0x5C (yen) and 0x7E (overline); DICOM keeps 0x5C as its
      // value delimiter, so both are read as ASCII, as other toolkits do.
      text += String.fromCharCode(byte);
      i += 1;
      if (isResetPoint(byte, vr)) {
        g0 = plan.initialG0;
        g1 = plan.initialG1;
      }
      continue;
    }
    const set = g1 ?? plan.fallbackG1 ?? 'latin1';
    if (set === 'ksx1001' || set === 'gb2312') {
      let end = i;
      while (end + 1 < n && isGr(bytes[end]) && isGr(bytes[end + 1])) end += 2;
      if (end === i) {
        text += '\ufffd';
        i += 1;
        continue;
      }
      text += decoder(set === 'ksx1001' ? 'euc-kr' : 'gbk').decode(bytes.subarray(i, end));
      i = end;
      continue;
    }
    text += upperHalf(set)[byte - 0x80] as string;
    i += 1;
  }
  return text;
}

/** JIS X 0208 / 0212 in GL, decoded through EUC-JP (the same code points with the high bit set). */
function decodeJis(pairs: Uint8Array, set: 'jis0208' | 'jis0212'): string {
  const count = pairs.byteLength / 2;
  const width = set === 'jis0208' ? 2 : 3;
  const euc = new Uint8Array(count * width);
  for (let k = 0; k < count; k++) {
    const out = k * width;
    if (set === 'jis0212') euc[out] = 0x8f;
    euc[out + width - 2] = (pairs[2 * k] as number) | 0x80;
    euc[out + width - 1] = (pairs[2 * k + 1] as number) | 0x80;
  }
  return decoder('euc-jp').decode(euc);
}

const encoder = new TextEncoder();

/** Encodes text for writing: always UTF-8, identical to ASCII for the default repertoire. */
export function encodeText(text: string): Uint8Array {
  return encoder.encode(text);
}

/** True when every character is in the DICOM default repertoire (ASCII). */
export function isDefaultRepertoire(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/** True when value bytes read the same under every ASCII-based character set (no high bytes, no escapes). */
export function isAsciiBytes(bytes: Uint8Array): boolean {
  return isPlainAscii(bytes);
}

/**
 * True when plain ASCII bytes mean plain ASCII under this set, so ASCII text can stay declared with it
 * (not ISO_IR 13, whose G0 is JIS X 0201 with a yen sign at 0x5C, nor unknown terms).
 */
export function isAsciiCompatible(charset: CharacterSet): boolean {
  const plan = planOf(charset);
  return plan.unknownTerms.length === 0 && plan.initialG0 === 'ascii';
}
