import { decodeText, encodeText, isDefaultRepertoire, parseSpecificCharacterSet, type CharacterSet } from './charset';
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

/**
 * An ordered set of elements: a file's dataset, its meta group, or a sequence item.
 * Items know their parent so text is decoded with the Specific Character Set in force where they sit.
 */
export class DicomDataset {
  private readonly elements = new Map<Tag, DicomElement>();
  private sortedTags: Tag[] | null = null;
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
    if (!this.elements.has(element.tag)) this.sortedTags = null;
    this.elements.set(element.tag, element);
    if (element.tag === Tags.SpecificCharacterSet) this.invalidateCharacterSet();
    if (element.kind === 'sequence') for (const item of element.items) item.attachTo(this);
  }

  delete(tag: Tag): boolean {
    const removed = this.elements.delete(tag);
    if (removed) {
      this.sortedTags = null;
      if (tag === Tags.SpecificCharacterSet) this.invalidateCharacterSet();
    }
    return removed;
  }

  /** Tags in ascending order, the order the standard requires on the wire. */
  tags(): readonly Tag[] {
    if (!this.sortedTags) this.sortedTags = [...this.elements.keys()].sort((a, b) => a - b);
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
   * already declare ISO_IR 192 (see transcodeToUtf8) or the value must be plain ASCII.
   */
  setString(tag: Tag, vr: VR, value: string): void {
    if (!isDefaultRepertoire(value) && usesSpecificCharacterSet(vr) && !this.characterSet().isUtf8) {
      throw new Error('non-ASCII text requires the dataset to be transcoded to UTF-8 first');
    }
    this.set({ kind: 'value', tag, vr, bytes: padToEven(encodeText(value), paddingByte(vr)) });
  }

  setStrings(tag: Tag, vr: VR, values: readonly string[]): void {
    this.setString(tag, vr, values.join('\\'));
  }

  /** The first value of a binary integer element (US, SS, UL, SL) or an IS/DS string. */
  getNumber(tag: Tag): number | undefined {
    const element = this.elements.get(tag);
    if (!element || element.kind !== 'value') return undefined;
    const { bytes, vr } = element;
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const le = this.littleEndian;
    switch (vr) {
      case 'US':
        return bytes.byteLength >= 2 ? view.getUint16(0, le) : undefined;
      case 'SS':
        return bytes.byteLength >= 2 ? view.getInt16(0, le) : undefined;
      case 'UL':
        return bytes.byteLength >= 4 ? view.getUint32(0, le) : undefined;
      case 'SL':
        return bytes.byteLength >= 4 ? view.getInt32(0, le) : undefined;
      case 'FL':
        return bytes.byteLength >= 4 ? view.getFloat32(0, le) : undefined;
      case 'FD':
        return bytes.byteLength >= 8 ? view.getFloat64(0, le) : undefined;
      case 'IS':
      case 'DS': {
        const first = this.getStrings(tag)[0];
        if (first === undefined || first === '') return undefined;
        const parsed = Number(first);
        return Number.isFinite(parsed) ? parsed : undefined;
      }
      default:
        return undefined;
    }
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
