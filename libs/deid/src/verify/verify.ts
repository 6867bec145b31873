import { isAscii } from 'node:buffer';
import {
  decodeText,
  isPrivateTag,
  isStringVR,
  tagGroup,
  usesSpecificCharacterSet,
  Tags,
  tag,
  type DicomDataset,
  type DicomFile,
  type ValueElement,
} from '@lattice/dicom';
import { foldCase } from '../cleaning/case-fold';
import { boundaryFor, forEachOccurrence, type TermBoundary } from '../cleaning/term-search';
import type { DeidStage } from '../keyed/keyed-hash';
import { basicProfile } from '../profile/basic-profile';
import type { CompiledProfile } from '../profile/compile-profile';
import { shiftYmd } from '../transforms/calendar';
import { collectIdentifiers } from './collect-identifiers';
import { tagText } from './tag-path';
import type { CollectedIdentifier, IdentifierKind } from './identifier-kind';

/** Where verification found an identifying value of the original. Never carries the value itself. */
export interface ResidualFinding {
  readonly kind: IdentifierKind;
  /** Tag path in the output (`output path` for the file name). */
  readonly path: string;
  /** Tag path in the original where the value came from. */
  readonly sourcePath: string;
}

/** The verdict on one output: clean, or the places where identifying values remain. */
export interface VerifyResult {
  readonly clean: boolean;
  readonly findings: readonly ResidualFinding[];
}

/** How the output was produced, so values kept or transformed by design are judged correctly. */
export interface VerifyOptions {
  /** The path the output will be written to; it is searched too. */
  readonly outputPath?: string;
  /** The profile applied (default: basic). */
  readonly profile?: CompiledProfile;
  /** The stage that produced the output (default 1). Stage 2 does not shift dates again, so it does not check them. */
  readonly stage?: DeidStage;
  /**
   * The date shift applied, when known: an original date that equals another original date after the
   * shift is not a finding, since the output legitimately holds that shifted date.
   */
  readonly dateShiftDays?: number;
}

const MAX_SCANNED_BINARY = 256 * 1024;
// Bulk data that is never text: pixels, waveforms, spectroscopy, LUTs and other numeric arrays.
const BULK_TAGS = new Set([
  Tags.PixelData,
  Tags.FloatPixelData,
  Tags.DoubleFloatPixelData,
  tag(0x5400, 0x1010),
  tag(0x5600, 0x0020),
  tag(0x0042, 0x0011),
]);
const FREE_TEXT = new Set(['PN', 'ST', 'LT', 'UT', 'UC']);
const NEWLINE = Uint8Array.of(0x0a);
/** Stands for the output path in place of a tag (no element has this tag: FFFF is not a group). */
const OUTPUT_PATH = 0xffffffff;

interface HaystackRecord {
  /** Offsets of the value in the joined, case-folded text. */
  readonly start: number;
  readonly end: number;
  /** The path of the enclosing item (empty at the top level) and the element's tag: formatted only for findings. */
  readonly prefix: string;
  readonly tag: number;
  /** A public attribute the profile keeps by design, holding a code or short value rather than free text. */
  readonly retained: boolean;
}

/**
 * Values joined into one text, one line each, so each identifier is one indexOf scan and a hit maps back
 * to its element. ASCII and UTF-8 values are joined as bytes and decoded once; others are decoded with
 * their character set first.
 */
class RecordText {
  private readonly chunks: Uint8Array[] = [];
  readonly records: HaystackRecord[] = [];
  private length = 0;
  private joined: string | null = null;

  /** Adds bytes whose decoded text is `length` UTF-16 units long (the byte count for ASCII). */
  add(bytes: Uint8Array, length: number, prefix: string, elementTag: number, retained: boolean): void {
    this.records.push({ start: this.length, end: this.length + length, prefix, tag: elementTag, retained });
    this.chunks.push(bytes, NEWLINE);
    this.length += length + 1;
    this.joined = null;
  }

  text(): string {
    if (this.joined === null) {
      const joined = Buffer.concat(this.chunks);
      this.joined = isAscii(joined)
        ? joined.toString('latin1').toUpperCase()
        : foldCase(joined.toString('utf8'));
    }
    return this.joined;
  }

  valueAt(record: HaystackRecord): string {
    return this.text().slice(record.start, record.end);
  }

  recordAt(offset: number): HaystackRecord {
    let low = 0;
    let high = this.records.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.records[middle] as HaystackRecord).start <= offset) low = middle;
      else high = middle - 1;
    }
    return this.records[low] as HaystackRecord;
  }
}

/**
 * The searchable text of an output. Decimal and integer strings (DS, IS: contour points, dose grids)
 * are kept apart and searched only for all-digit identifiers, which keeps large RT files fast.
 */
class Haystack {
  readonly words = new RecordText();
  readonly numbers = new RecordText();

  constructor(private readonly profile: CompiledProfile) {}

  addText(text: string, prefix: string, elementTag: number, retained: boolean): void {
    if (text === '') return;
    this.words.add(Buffer.from(text, 'utf8'), text.length, prefix, elementTag, retained);
  }

  dataset(dataset: DicomDataset, prefix: string): void {
    for (const elementTag of dataset.tags()) {
      const element = dataset.get(elementTag);
      if (!element) continue;
      if (element.kind === 'sequence') {
        const path = `${prefix}${tagText(elementTag)}`;
        element.items.forEach((item, index) => this.dataset(item, `${path}[${index}]/`));
      } else if (element.kind === 'value' && element.bytes.byteLength > 0 && !BULK_TAGS.has(elementTag)) {
        this.value(dataset, element, prefix);
      }
    }
  }

  private value(dataset: DicomDataset, element: ValueElement, prefix: string): void {
    const { vr, bytes } = element;
    if (isStringVR(vr)) {
      const retained =
        !FREE_TEXT.has(vr) &&
        !isPrivateTag(element.tag) &&
        tagGroup(element.tag) !== 0x0002 &&
        this.profile.publicAction(element.tag) === 'keep';
      const target = vr === 'DS' || vr === 'IS' ? this.numbers : this.words;
      if (isAscii(bytes) || (dataset.characterSet().isUtf8 && usesSpecificCharacterSet(vr))) {
        const length = isAscii(bytes)
          ? bytes.byteLength
          : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8').length;
        target.add(bytes, length, prefix, element.tag, retained);
      } else {
        const text = decodeText(bytes, usesSpecificCharacterSet(vr) ? dataset.characterSet() : null, vr);
        target.add(Buffer.from(text, 'utf8'), text.length, prefix, element.tag, retained);
      }
    } else if ((vr === 'UN' || vr === 'OB') && bytes.byteLength <= MAX_SCANNED_BINARY) {
      // Unknown or opaque bytes may hold text (private values read without a VR): read them as Latin-1.
      const latin1 = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
      this.addText(latin1.replace(/[^\x20-\x7e\u00a0-\u00ff]+/g, ' '), prefix, element.tag, false);
    }
  }
}

interface SearchTerm {
  readonly term: string;
  readonly boundary: TermBoundary;
  readonly source: CollectedIdentifier;
  /** For dates: the date as YYYYMMDD, to recognise legitimately shifted values. */
  readonly date?: string;
}

const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Values shorter than this cannot be told apart from ordinary codes and numbers, so they are not searched. */
const MIN_TERM_LENGTH = 3;
const MIN_DIGITS_TERM_LENGTH = 4;

// Dates written with separators, year first or last: one pass over the output finds them all.
const SEPARATED_DATE = /(?<!\d)(?:(\d{4})([-/.])(\d{2})\2(\d{2})|(\d{2})([-/.])(\d{2})\6(\d{4}))(?!\d)/g;

/** The YYYYMMDD readings of a separated date: one for year first, day-month and month-day for year last. */
function separatedDateReadings(match: RegExpExecArray): string[] {
  if (match[1] !== undefined) return [`${match[1]}${match[3]}${match[4]}`];
  const [first, second, year] = [match[5] as string, match[7] as string, match[8] as string];
  return [`${year}${second}${first}`, `${year}${first}${second}`];
}

function searchTerms(identifiers: readonly CollectedIdentifier[], checkDates: boolean): SearchTerm[] {
  const terms = new Map<string, SearchTerm>();
  const put = (term: string, source: CollectedIdentifier, date?: string) => {
    const folded = foldCase(term.trim());
    const minimum = IDEOGRAPHIC.test(folded)
      ? 2
      : /^\d+$/.test(folded)
        ? MIN_DIGITS_TERM_LENGTH
        : MIN_TERM_LENGTH;
    if (folded.length < minimum || terms.has(folded)) return;
    terms.set(folded, { term: folded, boundary: boundaryFor(folded), source, ...(date ? { date } : {}) });
  };
  for (const identifier of identifiers) {
    if (identifier.kind === 'date') {
      // The compact form is searched like any number; separated forms by one pass (see SEPARATED_DATE).
      if (checkDates) put(identifier.value, identifier, identifier.value);
    } else {
      put(identifier.value, identifier);
    }
  }
  return [...terms.values()];
}

/**
 * Searches an output for identifying values collected from its original: every VR, every depth, private
 * elements, the file meta and the output path. A value counts as found only where it stands as a whole
 * word or number (long values anywhere); a retained code attribute whose whole value equals it (a
 * manufacturer named like the institution) is not a finding.
 */
export function verifyAgainst(
  identifiers: readonly CollectedIdentifier[],
  output: DicomFile,
  options: VerifyOptions = {},
): VerifyResult {
  const profile = options.profile ?? basicProfile();
  const stage = options.stage ?? 1;
  const checkDates = profile.dates === 'remove' || (profile.dates === 'shift' && stage === 1);
  const terms = searchTerms(identifiers, checkDates);
  if (terms.length === 0) return { clean: true, findings: [] };

  const haystack = new Haystack(profile);
  haystack.dataset(output.meta, '');
  haystack.dataset(output.dataset, '');
  if (options.outputPath !== undefined) haystack.addText(options.outputPath, '', OUTPUT_PATH, false);

  const shiftedDates = new Set<string>();
  if (checkDates && options.dateShiftDays !== undefined) {
    for (const identifier of identifiers) {
      if (identifier.kind !== 'date') continue;
      const value = identifier.value;
      const shifted = shiftYmd(
        Number(value.slice(0, 4)),
        Number(value.slice(4, 6)),
        Number(value.slice(6, 8)),
        options.dateShiftDays,
      );
      if (shifted !== undefined) shiftedDates.add(shifted);
    }
  }

  const findings = new Map<string, ResidualFinding>();
  for (const term of terms) {
    if (term.date !== undefined && shiftedDates.has(term.date)) continue;
    const targets = term.boundary === 'digits' ? [haystack.words, haystack.numbers] : [haystack.words];
    for (const target of targets) {
      forEachOccurrence(target.text(), term.term, term.boundary, (start) => {
        const record = target.recordAt(start);
        if (record.retained && isRetainedCoincidence(target.valueAt(record), term)) return;
        const path = record.tag === OUTPUT_PATH ? 'output path' : `${record.prefix}${tagText(record.tag)}`;
        const key = `${term.source.kind}|${path}`;
        if (!findings.has(key))
          findings.set(key, { kind: term.source.kind, path, sourcePath: term.source.path });
      });
    }
  }
  if (checkDates) {
    const dates = new Map<string, CollectedIdentifier>();
    for (const identifier of identifiers) {
      if (identifier.kind === 'date' && !shiftedDates.has(identifier.value))
        dates.set(identifier.value, identifier);
    }
    const words = haystack.words;
    const text = words.text();
    SEPARATED_DATE.lastIndex = 0;
    for (
      let match = SEPARATED_DATE.exec(text);
      match !== null && dates.size > 0;
      match = SEPARATED_DATE.exec(text)
    ) {
      const source = separatedDateReadings(match)
        .map((reading) => dates.get(reading))
        .find((found) => found !== undefined);
      if (!source) continue;
      const record = words.recordAt(match.index);
      const path = record.tag === OUTPUT_PATH ? 'output path' : `${record.prefix}${tagText(record.tag)}`;
      findings.set(`date|${path}`, { kind: 'date', path, sourcePath: source.path });
    }
  }
  const list = [...findings.values()];
  return { clean: list.length === 0, findings: list };
}

// Kinds whose values are ordinary words often shared with product names and codes (a manufacturer
// named like the institution, a surname that is also a word in a code meaning).
const WORD_KINDS = new Set<IdentifierKind>(['patient-name', 'person-name', 'institution', 'device']);

/**
 * A hit inside an attribute the profile keeps by design (a public code or short value) is a coincidence,
 * not a leak, when the identifier is a word-like kind or equals one whole value of the attribute.
 */
function isRetainedCoincidence(recordText: string, term: SearchTerm): boolean {
  if (WORD_KINDS.has(term.source.kind)) return true;
  return recordText.split('\\').some((value) => value.replace(/[\s\0]+/g, ' ').trim() === term.term);
}

/** Collects the identifying values of `original` and searches `deidentified` for them. */
export function verify(
  original: DicomFile,
  deidentified: DicomFile,
  options: VerifyOptions = {},
): VerifyResult {
  return verifyAgainst(
    collectIdentifiers(original, options.profile ?? basicProfile()),
    deidentified,
    options,
  );
}
