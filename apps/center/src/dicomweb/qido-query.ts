import { lookupAttribute, parseTag, tagForKeyword, type Tag, type VR } from '@lattice/dicom';
import { DicomwebError } from './dicomweb.error';

/** The level a search runs at: studies, series of a study, instances of a study or series. */
export type QidoLevel = 'study' | 'series' | 'instance';

/** How one query key matches (PS3.4 C.2.2.2, PS3.18 8.3.4). */
export type Matcher =
  /** Empty value or `*`: everything matches; the attribute is returned. */
  | { readonly kind: 'universal' }
  /** The value, exactly (case-sensitive; PN case-insensitive with fuzzymatching). */
  | { readonly kind: 'single'; readonly value: string }
  /** `*` for any run of characters, `?` for one. */
  | { readonly kind: 'wildcard'; readonly pattern: string }
  /** UID list: any of the UIDs. */
  | { readonly kind: 'list'; readonly values: readonly string[] }
  /** Date, time or date-time range; an open end is null. */
  | { readonly kind: 'range'; readonly from: string | null; readonly to: string | null };

/** One attribute of a query with its matcher. */
export interface AttributeMatch {
  readonly tag: Tag;
  readonly vr: VR;
  readonly matcher: Matcher;
}

/** A parsed QIDO-RS query. */
export interface QidoQuery {
  readonly matches: readonly AttributeMatch[];
  /** `includefield=all`. */
  readonly includeAll: boolean;
  readonly includeTags: readonly Tag[];
  readonly fuzzyMatching: boolean;
  readonly limit: number;
  readonly offset: number;
}

/** The most results one answer holds; a client pages with offset beyond it. */
export const QIDO_MAX_LIMIT = 1000;

const TEXT_VRS: ReadonlySet<VR> = new Set<VR>([
  'AE',
  'AS',
  'CS',
  'LO',
  'LT',
  'PN',
  'SH',
  'ST',
  'UC',
  'UR',
  'UT',
]);
const NUMBER_VRS: ReadonlySet<VR> = new Set<VR>(['IS', 'DS', 'US', 'SS', 'UL', 'SL', 'FL', 'FD', 'SV', 'UV']);
const DATE_PATTERN: Partial<Record<VR, RegExp>> = {
  DA: /^\d{8}$/,
  TM: /^\d{2}(\d{2}(\d{2}(\.\d{1,6})?)?)?$/,
  DT: /^\d{4}(\d{2}){0,5}(\.\d{1,6})?([+-]\d{4})?$/,
};
const UID = /^[0-9]+(\.[0-9]+)*$/;

type Params = Readonly<Record<string, string | readonly string[] | undefined>>;

/**
 * Parses QIDO-RS query parameters: attribute keys by keyword or tag with single value, wildcard, UID
 * list, range or universal matching, `includefield` (keywords, tags or `all`), `fuzzymatching`, `limit`
 * and `offset`. Anything else is DicomwebError INVALID_QUERY; messages name keys, never values.
 */
export function parseQidoQuery(params: Params): QidoQuery {
  const matches = new Map<Tag, AttributeMatch>();
  const includeTags = new Set<Tag>();
  let includeAll = false;
  let fuzzyMatching = false;
  let limit = QIDO_MAX_LIMIT;
  let offset = 0;
  for (const [name, raw] of Object.entries(params)) {
    if (raw === undefined) continue;
    const values = typeof raw === 'string' ? [raw] : [...raw];
    switch (name) {
      case 'includefield':
        for (const field of values.flatMap((value) => value.split(','))) {
          const trimmed = field.trim();
          if (trimmed === '') continue;
          if (trimmed === 'all') includeAll = true;
          else includeTags.add(attributeTag(trimmed, 'includefield'));
        }
        break;
      case 'fuzzymatching':
        fuzzyMatching = single(values, name) === 'true';
        if (!['true', 'false'].includes(single(values, name))) invalid('fuzzymatching must be true or false');
        break;
      case 'limit':
        limit = Math.min(count(single(values, name), name, 1), QIDO_MAX_LIMIT);
        break;
      case 'offset':
        offset = count(single(values, name), name, 0);
        break;
      default: {
        const tag = attributeTag(name, 'query key');
        const vr = lookupAttribute(tag)?.vr ?? 'UN';
        const previous = matches.get(tag);
        const matcher = matcherFor(name, vr, values);
        matches.set(tag, { tag, vr, matcher: previous ? merge(name, previous.matcher, matcher) : matcher });
      }
    }
  }
  return {
    matches: [...matches.values()],
    includeAll,
    includeTags: [...includeTags],
    fuzzyMatching,
    limit,
    offset,
  };
}

function matcherFor(name: string, vr: VR, values: readonly string[]): Matcher {
  if (vr === 'UI') {
    const uids = values
      .flatMap((value) => value.split(/[,\\]/))
      .map((uid) => uid.trim())
      .filter((uid) => uid !== '');
    if (uids.length === 0) return { kind: 'universal' };
    if (!uids.every((uid) => UID.test(uid) && uid.length <= 64))
      invalid(`${name} takes UIDs (digits and dots)`);
    return uids.length === 1 ? { kind: 'single', value: uids[0] as string } : { kind: 'list', values: uids };
  }
  const value = single(values, name).trim();
  if (value === '' || value === '*') return { kind: 'universal' };
  const datePattern = DATE_PATTERN[vr];
  if (datePattern) {
    // A whole value wins over a range: a DT may end in a negative UTC offset.
    if (datePattern.test(value)) return { kind: 'single', value };
    for (let at = value.indexOf('-'); at >= 0; at = value.indexOf('-', at + 1)) {
      const from = value.slice(0, at);
      const to = value.slice(at + 1);
      if (
        (from === '' || datePattern.test(from)) &&
        (to === '' || datePattern.test(to)) &&
        from + to !== ''
      ) {
        return { kind: 'range', from: from || null, to: to || null };
      }
    }
    return invalid(`${name} takes a ${vr} value or range`);
  }
  if (NUMBER_VRS.has(vr)) {
    if (!Number.isFinite(Number(value))) invalid(`${name} takes a number`);
    return { kind: 'single', value };
  }
  if (TEXT_VRS.has(vr)) {
    return /[*?]/.test(value) ? { kind: 'wildcard', pattern: value } : { kind: 'single', value };
  }
  return invalid(`${name} cannot be matched (VR ${vr})`);
}

function merge(name: string, a: Matcher, b: Matcher): Matcher {
  const uids = (m: Matcher) => (m.kind === 'single' ? [m.value] : m.kind === 'list' ? m.values : null);
  const left = uids(a);
  const right = uids(b);
  if (left && right) return { kind: 'list', values: [...new Set([...left, ...right])] };
  return invalid(`${name} is given more than once`);
}

function attributeTag(name: string, what: string): Tag {
  if (/^[0-9A-Fa-f]{8}$/.test(name)) return parseTag(name);
  const tag = /^[A-Za-z][A-Za-z0-9]*$/.test(name) ? tagForKeyword(name) : undefined;
  if (tag === undefined) invalid(`unknown ${what} ${name.slice(0, 64)}`);
  return tag;
}

function single(values: readonly string[], name: string): string {
  if (values.length !== 1) invalid(`${name} is given more than once`);
  return values[0] as string;
}

function count(value: string, name: string, minimum: number): number {
  const parsed = /^\d{1,9}$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(parsed) || parsed < minimum)
    invalid(`${name} must be a whole number of at least ${minimum}`);
  return parsed;
}

function invalid(message: string): never {
  throw new DicomwebError('INVALID_QUERY', `Invalid query: ${message}.`);
}
