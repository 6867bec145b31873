import { DICTIONARY_TABLE } from './generated/data-dictionary';
import { isPrivateTag, tagElement, tagGroup, type Tag } from './tag';
import { isVR, type VR } from './vr';

/** One attribute of the PS3.6 data dictionary. */
export interface AttributeInfo {
  readonly keyword: string;
  readonly name: string;
  /** The first VR the standard allows; UN for items and delimiters, which have none. */
  readonly vr: VR;
  /** Every VR the standard allows ("US or SS" gives two); empty for items and delimiters. */
  readonly vrChoices: readonly VR[];
  readonly vm: string;
  readonly retired: boolean;
}

interface MaskedRow {
  readonly value: number;
  readonly mask: number;
  readonly row: string;
}

interface Index {
  readonly exact: Map<Tag, string>;
  readonly masked: readonly MaskedRow[];
}

// The table is indexed on first use so that loading the module costs only the string literal.
let index: Index | null = null;
const decoded = new Map<string, AttributeInfo>();
let keywordIndex: Map<string, Tag> | null = null;

function buildIndex(): Index {
  const exact = new Map<Tag, string>();
  const masked: MaskedRow[] = [];
  for (const row of DICTIONARY_TABLE.split('\n')) {
    const hex = row.slice(0, 8);
    if (hex.includes('x')) {
      const mask = parseInt(hex.replace(/[0-9a-f]/g, 'f').replace(/x/g, '0'), 16) >>> 0;
      const value = parseInt(hex.replace(/x/g, '0'), 16) >>> 0;
      masked.push({ value, mask, row });
    } else {
      exact.set(parseInt(hex, 16), row);
    }
  }
  return { exact, masked };
}

function getIndex(): Index {
  if (!index) index = buildIndex();
  return index;
}

/** The attribute name PS3.6 would give a keyword split into words; the generator stores only names that differ. */
export function nameFromKeyword(keyword: string): string {
  return keyword.replace(/([a-z0-9])(?=[A-Z])/g, '$1 ').replace(/([A-Z])(?=[A-Z][a-z])/g, '$1 ');
}

function decode(row: string): AttributeInfo {
  const cached = decoded.get(row);
  if (cached) return cached;
  const [, vrText = '', vm = '', retired = '', keyword = '', name = ''] = row.split('|');
  const vrChoices = vrText === '' ? [] : vrText.split('/').filter(isVR);
  const info: AttributeInfo = {
    keyword,
    name: name !== '' || keyword === '' ? name : nameFromKeyword(keyword),
    vr: vrChoices[0] ?? 'UN',
    vrChoices,
    // The table leaves VM "1" empty; the few unnamed retired rows have no VM at all.
    vm: vm === '' && vrChoices.length + keyword.length > 0 ? '1' : vm,
    retired: retired === 'R',
  };
  decoded.set(row, info);
  return info;
}

const GROUP_LENGTH: AttributeInfo = {
  keyword: 'GenericGroupLength',
  name: 'Group Length',
  vr: 'UL',
  vrChoices: ['UL'],
  vm: '1',
  retired: true,
};

function findRow(tag: Tag): string | undefined {
  const { exact, masked } = getIndex();
  const row = exact.get(tag);
  // Repeating groups (50xx, 60xx, ...) are even groups: a private tag never matches them.
  if (row !== undefined || isPrivateTag(tag)) return row;
  for (const candidate of masked) {
    if ((tag & candidate.mask) >>> 0 === candidate.value) return candidate.row;
  }
  return undefined;
}

/**
 * The data dictionary entry of a public tag, including repeating groups such as (60xx,3000) and
 * (50xx,xxxx); undefined for private tags and tags the standard does not define.
 */
export function lookupAttribute(tag: Tag): AttributeInfo | undefined {
  const row = findRow(tag);
  if (row !== undefined) return decode(row);
  if (tagElement(tag) === 0 && !isPrivateTag(tag) && tagGroup(tag) !== 0xfffe) return GROUP_LENGTH;
  return undefined;
}

/** The tag of a public attribute by its PS3.6 keyword (for repeating groups, the first group). */
export function tagForKeyword(keyword: string): Tag | undefined {
  if (!keywordIndex) {
    const built = new Map<string, Tag>();
    const { exact, masked } = getIndex();
    const keywordOf = (row: string) => {
      // Fields: tag|vr|vm|retired|keyword|name; the keyword follows the fourth separator.
      let at = -1;
      for (let k = 0; k < 4; k++) at = row.indexOf('|', at + 1);
      return row.slice(at + 1, row.indexOf('|', at + 1));
    };
    for (const [tag, row] of exact) {
      const keyword = keywordOf(row);
      if (keyword !== '') built.set(keyword, tag);
    }
    for (const { row, value } of masked) {
      const keyword = keywordOf(row);
      if (keyword !== '' && !built.has(keyword)) built.set(keyword, value);
    }
    keywordIndex = built;
  }
  return keywordIndex.get(keyword);
}

// VRs for implicit-VR reading, cached per tag: most files repeat the same few hundred tags.
const implicitVrCache = new Map<Tag, VR>();

/**
 * The VR to read an implicit-VR element with, before any dataset context is applied: the dictionary's
 * first choice (OW for "OB or OW"), UN when the tag is unknown, and the marker 'US|SS' resolved by the
 * caller through Pixel Representation.
 */
export function dictionaryVr(tag: Tag): VR | 'US|SS' {
  const cached = implicitVrCache.get(tag);
  if (cached !== undefined) return cached;
  const info = lookupAttribute(tag);
  let vr: VR | 'US|SS' = 'UN';
  if (info && info.vrChoices.length > 0) {
    const choices = info.vrChoices;
    if (choices.includes('US') && choices.includes('SS')) vr = 'US|SS';
    else if (choices.includes('OB') && choices.includes('OW')) vr = 'OW';
    else vr = info.vr;
  }
  if (vr !== 'US|SS') implicitVrCache.set(tag, vr);
  return vr;
}
