import {
  CharsetError,
  decodeText,
  encodeText,
  isAsciiBytes,
  isDefaultRepertoire,
  parseSpecificCharacterSet,
  type CharacterSet,
} from './charset';
import { Tags, type Tag } from './tag';
import { isMultiValuedStringVR, isStringVR, paddingByte, usesSpecificCharacterSet, type VR } from './vr';

/** An element holding plain value bytes, exactly as encoded in the dataset's byte order. */
export interface ValueElement {
  readonly kind: 'value';
  readonly tag: Tag;
  vr: VR;
  /** May be a view into the source buffer: never mutate it in place; replace the element instead. */
  bytes: Uint8Array;
}

/** A sequence of nested datasets (items). */
export interface SequenceElement {
  readonly kind: 'sequence';
  readonly tag: Tag;
  vr: 'SQ';
  items: DicomDataset[];
}

/** Encapsulated (compressed) pixel data: the Basic Offset Table item first, then one entry per fragment. */
export interface EncapsulatedElement {
  readonly kind: 'encapsulated';
  readonly tag: Tag;
  vr: VR;
  fragments: Uint8Array[];
}

export type DicomElement = ValueElement | SequenceElement | EncapsulatedElement;

// A module-local copy: an imported binding costs a getter call per use in CommonJS output, and `set` is hot.
const SPECIFIC_CHARACTER_SET = Tags.SpecificCharacterSet;

/**
 * An ordered set of elements: a file's dataset, its meta group, or a sequence item.
 * Items know their parent so text is decoded with the Specific Character Set in force where they sit.
 */
export class DicomDataset {
  private readonly elements = new Map<Tag, DicomElement>();
  // Kept sorted while tags arrive in ascending order (as a parser adds them), else rebuilt on demand.
  private sortedTags: Tag[] | null = [];
  // Set once `tags()` has handed the array out: it is then copied before it changes.
  private sortedTagsShared = false;
  private parentDataset: DicomDataset | null;
  private cachedCharacterSet: CharacterSet | null = null;

  constructor(
    /** Byte order of binary values (US, UL, FL, OW, ...) held in this dataset. */
    readonly littleEndian = true,
    parent: DicomDataset | null = null,
  ) {
    this.parentDataset = parent;
  }

  get parent(): DicomDataset | null {
    return this.parentDataset;
  }

  /** Re-parents an item, e.g. after moving it into another sequence. */
  attachTo(parent: DicomDataset | null): void {
    this.parentDataset = parent;
    this.cachedCharacterSet = null;
  }

  get size(): number {
    return this.elements.size;
  }

  has(tag: Tag): boolean {
    return this.elements.has(tag);
  }

  get(tag: Tag): DicomElement | undefined {
    return this.elements.get(tag);
  }

  set(element: DicomElement): void {
    const { tag } = element;
    const before = this.elements.size;
    this.elements.set(tag, element);
    if (this.elements.size !== before) this.noteAdded(tag);
    if (tag === SPECIFIC_CHARACTER_SET) this.invalidateCharacterSet();
    if (element.kind === 'sequence') for (const item of element.items) item.attachTo(this);
  }

  private noteAdded(tag: Tag): void {
    const sorted = this.sortedTags;
    if (sorted === null) return;
    const last = sorted.length === 0 ? -1 : (sorted[sorted.length - 1] as number);
    if (tag < last) {
      this.sortedTags = null;
    } else if (this.sortedTagsShared) {
      this.sortedTags = [...sorted, tag];
      this.sortedTagsShared = false;
    } else {
      sorted.push(tag);
    }
  }

  delete(tag: Tag): boolean {
    const removed = this.elements.delete(tag);
    if (removed) {
      this.sortedTags = null;
      if (tag === SPECIFIC_CHARACTER_SET) this.invalidateCharacterSet();
    }
    return removed;
  }

  /** Tags in ascending order, the order the standard requires on the wire. */
  tags(): readonly Tag[] {
    if (!this.sortedTags) this.sortedTags = [...this.elements.keys()].sort((a, b) => a - b);
    this.sortedTagsShared = true;
    return this.sortedTags;
  }

  *[Symbol.iterator](): IterableIterator<DicomElement> {
    for (const tag of this.tags()) {
      const element = this.elements.get(tag);
      if (element) yield element;
    }
  }

  /** The Specific Character Set in force here: this dataset's own (0008,0005), else its parent's. */
  characterSet(): CharacterSet {
    if (this.cachedCharacterSet) return this.cachedCharacterSet;
    const own = this.elements.get(Tags.SpecificCharacterSet);
    let resolved: CharacterSet;
    if (own && own.kind === 'value') {
      resolved = parseSpecificCharacterSet(decodeText(own.bytes, null, 'CS'));
    } else {
      resolved = this.parentDataset ? this.parentDataset.characterSet() : parseSpecificCharacterSet('');
    }
    this.cachedCharacterSet = resolved;
    return resolved;
  }

  private invalidateCharacterSet(): void {
    this.cachedCharacterSet = null;
    for (const element of this.elements.values()) {
      if (element.kind === 'sequence') for (const item of element.items) item.invalidateCharacterSet();
    }
  }

  /** The decoded text of a string element with trailing padding removed; undefined when absent or not text. */
  getString(tag: Tag): string | undefined {
    const element = this.elements.get(tag);
    if (!element || element.kind !== 'value' || !isStringVR(element.vr)) return undefined;
    return decodeValueText(element, this);
  }

  /** The values of a multi-valued string element, split on the backslash delimiter after decoding. */
  getStrings(tag: Tag): string[] {
    const element = this.elements.get(tag);
    if (!element || element.kind !== 'value' || !isStringVR(element.vr)) return [];
    const text = decodeValueText(element, this);
    if (text === '') return [];
    return isMultiValuedStringVR(element.vr) ? text.split('\\').map((v) => v.trim()) : [text];
  }

  /**
   * Sets a string element. Text outside the default repertoire is encoded as UTF-8, so the dataset must
   * already declare ISO_IR 192 (see transcodeToUtf8), or hold only ASCII text (then the top-level Specific
   * Character Set becomes ISO_IR 192), or the value must be plain ASCII; otherwise CharsetError REQUIRES_UTF8.
   */
  setString(tag: Tag, vr: VR, value: string): void {
    if (!isDefaultRepertoire(value) && usesSpecificCharacterSet(vr) && !this.characterSet().isUtf8) {
      const root = this.root();
      if (holdsOnlyAsciiText(root)) {
        removeItemCharacterSets(root);
        root.setString(Tags.SpecificCharacterSet, 'CS', 'ISO_IR 192');
      }
      if (!this.characterSet().isUtf8) {
        throw new CharsetError(
          'REQUIRES_UTF8',
          'non-ASCII text requires the dataset to be transcoded to UTF-8 first',
        );
      }
    }
    this.set({ kind: 'value', tag, vr, bytes: padToEven(encodeText(value), paddingByte(vr)) });
  }

  /** The top-level dataset this item belongs to (itself when it has no parent). */
  root(): DicomDataset {
    return this.parentDataset ? this.parentDataset.root() : this;
  }

  setStrings(tag: Tag, vr: VR, values: readonly string[]): void {
    this.setString(tag, vr, values.join('\\'));
  }

  /** The first value of a binary numeric element (US, SS, UL, SL, FL, FD, SV, UV) or an IS/DS string. */
  getNumber(tag: Tag): number | undefined {
    const element = this.elements.get(tag);
    if (!element || element.kind !== 'value') return undefined;
    const { bytes, vr } = element;
    if (vr === 'IS' || vr === 'DS') {
      const first = this.getStrings(tag)[0];
      if (first === undefined || first === '') return undefined;
      const parsed = Number(first);
      return Number.isFinite(parsed) ? parsed : undefined;
    }
    const read = BINARY_NUMBER_READERS[vr];
    if (!read || bytes.byteLength < read.size) return undefined;
    return read.get(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength), this.littleEndian);
  }

  /** Every value of a binary numeric element (US, SS, UL, SL, FL, FD, SV, UV) or of an IS/DS string. */
  getNumbers(tag: Tag): number[] {
    const element = this.elements.get(tag);
    if (!element || element.kind !== 'value') return [];
    const { bytes, vr } = element;
    if (vr === 'IS' || vr === 'DS') {
      return this.getStrings(tag).flatMap((text) => {
        const parsed = text === '' ? NaN : Number(text);
        return Number.isFinite(parsed) ? [parsed] : [];
      });
    }
    const read = BINARY_NUMBER_READERS[vr];
    if (!read) return [];
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const values: number[] = [];
    for (let offset = 0; offset + read.size <= bytes.byteLength; offset += read.size) {
      values.push(read.get(view, this.littleEndian, offset));
    }
    return values;
  }

  /** The tags held by an AT element (pairs of group and element numbers, in this dataset's byte order). */
  getAttributeTags(tag: Tag): Tag[] {
    const element = this.elements.get(tag);
    if (!element || element.kind !== 'value' || element.vr !== 'AT') return [];
    const { bytes } = element;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const tags: Tag[] = [];
    for (let offset = 0; offset + 4 <= bytes.byteLength; offset += 4) {
      tags.push(
        ((view.getUint16(offset, this.littleEndian) << 16) |
          view.getUint16(offset + 2, this.littleEndian)) >>>
          0,
      );
    }
    return tags;
  }

  /** Sets an AT element, in this dataset's byte order. */
  setAttributeTags(tag: Tag, values: readonly Tag[]): void {
    const bytes = new Uint8Array(values.length * 4);
    const view = new DataView(bytes.buffer);
    values.forEach((value, i) => {
      view.setUint16(i * 4, value >>> 16, this.littleEndian);
      view.setUint16(i * 4 + 2, value & 0xffff, this.littleEndian);
    });
    this.set({ kind: 'value', tag, vr: 'AT', bytes });
  }

  /** Sets a US element to one value, in this dataset's byte order. */
  setUint16(tag: Tag, value: number): void {
    const bytes = new Uint8Array(2);
    new DataView(bytes.buffer).setUint16(0, value, this.littleEndian);
    this.set({ kind: 'value', tag, vr: 'US', bytes });
  }

  /** The items of a sequence element, or an empty list. */
  getItems(tag: Tag): DicomDataset[] {
    const element = this.elements.get(tag);
    return element && element.kind === 'sequence' ? element.items : [];
  }

  /** Creates an empty item that inherits this dataset's byte order and character set. */
  createItem(): DicomDataset {
    return new DicomDataset(this.littleEndian, this);
  }

  /** A deep copy; value bytes are shared (they are never mutated in place). */
  clone(parent: DicomDataset | null = null): DicomDataset {
    const copy = new DicomDataset(this.littleEndian, parent);
    for (const element of this) {
      switch (element.kind) {
        case 'value':
          copy.set({ ...element });
          break;
        case 'sequence':
          copy.set({ ...element, items: element.items.map((item) => item.clone(copy)) });
          break;
        case 'encapsulated':
          copy.set({ ...element, fragments: [...element.fragments] });
          break;
      }
    }
    return copy;
  }
}

/** True when no charset-dependent text value at any depth has a non-ASCII byte or an escape. */
function holdsOnlyAsciiText(dataset: DicomDataset): boolean {
  for (const element of dataset) {
    if (element.kind === 'value') {
      if (usesSpecificCharacterSet(element.vr) && !isAsciiBytes(element.bytes)) return false;
    } else if (element.kind === 'sequence') {
      for (const item of element.items) if (!holdsOnlyAsciiText(item)) return false;
    }
  }
  return true;
}

/** Removes (0008,0005) from every item below `dataset`, so the top-level one is in force everywhere. */
export function removeItemCharacterSets(dataset: DicomDataset): void {
  for (const element of dataset) {
    if (element.kind !== 'sequence') continue;
    for (const item of element.items) {
      removeItemCharacterSets(item);
      item.delete(Tags.SpecificCharacterSet);
    }
  }
}

type NumberReader = { size: number; get: (view: DataView, le: boolean, offset?: number) => number };

const BINARY_NUMBER_READERS: Partial<Record<VR, NumberReader>> = {
  US: { size: 2, get: (view, le, offset = 0) => view.getUint16(offset, le) },
  SS: { size: 2, get: (view, le, offset = 0) => view.getInt16(offset, le) },
  UL: { size: 4, get: (view, le, offset = 0) => view.getUint32(offset, le) },
  SL: { size: 4, get: (view, le, offset = 0) => view.getInt32(offset, le) },
  FL: { size: 4, get: (view, le, offset = 0) => view.getFloat32(offset, le) },
  FD: { size: 8, get: (view, le, offset = 0) => view.getFloat64(offset, le) },
  SV: { size: 8, get: (view, le, offset = 0) => Number(view.getBigInt64(offset, le)) },
  UV: { size: 8, get: (view, le, offset = 0) => Number(view.getBigUint64(offset, le)) },
};

function decodeValueText(element: ValueElement, dataset: DicomDataset): string {
  const charset = usesSpecificCharacterSet(element.vr) ? dataset.characterSet() : null;
  const text = decodeText(element.bytes, charset, element.vr);
  // Trailing spaces and NULs are padding; leading spaces are significant only for LT/ST/UT.
  return text.replace(/[\s\0]+$/u, '');
}

/** Pads a value to even length as PS3.5 7.1 requires. */
export function padToEven(bytes: Uint8Array, pad: number): Uint8Array {
  if (bytes.byteLength % 2 === 0) return bytes;
  const padded = new Uint8Array(bytes.byteLength + 1);
  padded.set(bytes);
  padded[bytes.byteLength] = pad;
  return padded;
}
