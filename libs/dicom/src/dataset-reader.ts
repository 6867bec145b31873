import { DicomDataset } from './dataset';
import { DicomParseError, type DicomParseErrorCode } from './dicom-file';
import { dictionaryVr } from './dictionary';
import { DIRECTORY_RECORD_SEQUENCE, directoryRecordSourceOffsets } from './directory-records';
import { formatTag, isPrivateTag, Tags, type Tag } from './tag';
import { hasLongLength, VALUE_REPRESENTATIONS, type VR } from './vr';

const UNDEFINED_LENGTH = 0xffffffff;
const ITEM = Tags.Item;
const ITEM_DELIMITER = Tags.ItemDelimitationItem;
const SEQUENCE_DELIMITER = Tags.SequenceDelimitationItem;
// Module-local copies: imported bindings cost a getter call per use in CommonJS output.
const PIXEL_DATA = Tags.PixelData;
const TRAILING_PADDING = Tags.DataSetTrailingPadding;
const PIXEL_REPRESENTATION = Tags.PixelRepresentation;

/** VRs keyed by their two ASCII bytes read as a big-endian uint16 ('O','B' → 0x4f42). */
const VR_BY_CODE = new Map<number, VR>(
  VALUE_REPRESENTATIONS.map((vr) => [(vr.charCodeAt(0) << 8) | vr.charCodeAt(1), vr]),
);

/** Codes of the VRs with a 2-byte reserved field and a 4-byte length in explicit VR. */
const LONG_LENGTH_CODES = new Set<number>(
  VALUE_REPRESENTATIONS.filter(hasLongLength).map((vr) => (vr.charCodeAt(0) << 8) | vr.charCodeAt(1)),
);

/** The VR whose two bytes start at `offset`, or undefined when they are not a VR. */
export function vrAt(view: DataView, offset: number): VR | undefined {
  return VR_BY_CODE.get(view.getUint16(offset, false));
}

/** Where an element list ends. */
const enum Until {
  /** The end of the range (a file's dataset or a defined-length item). */
  End,
  /** An Item Delimitation Item (undefined-length item). */
  ItemDelimiter,
}

/**
 * Reads elements from a byte range into datasets. Values are `subarray` views of the input; every length is
 * checked against the bytes that remain before it is used, and nesting is bounded.
 */
export class DatasetReader {
  private readonly view: DataView;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly maxDepth: number,
    /** Offset of `bytes` in the caller's input, so error offsets point into the original file. */
    private readonly baseOffset = 0,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private fail(code: DicomParseErrorCode, message: string, offset: number): never {
    throw new DicomParseError(
      code,
      `${message} at offset ${offset + this.baseOffset}`,
      offset + this.baseOffset,
    );
  }

  /** Reads a whole dataset from `start` to `end`; a trailing (FFFC,FFFC) padding element ends it. */
  readTopLevel(
    dataset: DicomDataset,
    start: number,
    end: number,
    explicit: boolean,
    littleEndian: boolean,
  ): void {
    let pos = start;
    while (pos < end) {
      if (end - pos < 8) {
        if (this.allZero(pos, end)) return;
        this.fail('TRUNCATED', `${end - pos} bytes left where an element header needs 8`, pos);
      }
      const tag = this.tagAt(pos, littleEndian);
      if (tag === TRAILING_PADDING) return;
      if (tag === 0 && this.allZero(pos, end)) return;
      pos = this.readElement(dataset, pos, end, explicit, littleEndian, 0, true);
    }
  }

  /**
   * Reads elements while their group is `group` (the file meta group when it has no group length), returning
   * where the first element of another group starts.
   */
  readGroup(dataset: DicomDataset, start: number, end: number, group: number, explicit: boolean): number {
    let pos = start;
    while (end - pos >= 8 && this.view.getUint16(pos, true) === group) {
      pos = this.readElement(dataset, pos, end, explicit, true, 0, false);
    }
    return pos;
  }

  private readElements(
    dataset: DicomDataset,
    start: number,
    end: number,
    explicit: boolean,
    littleEndian: boolean,
    depth: number,
    until: Until,
  ): number {
    let pos = start;
    while (pos < end) {
      if (end - pos < 8)
        this.fail('TRUNCATED', `${end - pos} bytes left where an element header needs 8`, pos);
      const tag = this.tagAt(pos, littleEndian);
      if (tag === ITEM_DELIMITER) {
        if (until !== Until.ItemDelimiter)
          this.fail('BAD_SEQUENCE', 'item delimiter inside a defined-length item', pos);
        return pos + 8;
      }
      if (tag === SEQUENCE_DELIMITER || tag === ITEM) {
        this.fail('BAD_SEQUENCE', `${formatTag(tag)} where an element or item delimiter belongs`, pos);
      }
      pos = this.readElement(dataset, pos, end, explicit, littleEndian, depth, false);
    }
    if (until === Until.ItemDelimiter)
      this.fail('TRUNCATED', 'undefined-length item without an item delimiter', end);
    return pos;
  }

  /** Reads one element at `pos` into `dataset` and returns the offset after it. */
  private readElement(
    dataset: DicomDataset,
    pos: number,
    end: number,
    explicit: boolean,
    littleEndian: boolean,
    depth: number,
    topLevel: boolean,
  ): number {
    const view = this.view;
    const tag = this.tagAt(pos, littleEndian);
    let vr: VR;
    let length: number;
    let valuePos: number;
    if (explicit) {
      const code = view.getUint16(pos + 4, false);
      const found = VR_BY_CODE.get(code);
      if (found === undefined) this.fail('BAD_VR', `element ${formatTag(tag)} has no valid VR`, pos);
      vr = found;
      if (LONG_LENGTH_CODES.has(code)) {
        if (end - pos < 12) this.fail('TRUNCATED', `header of ${formatTag(tag)} is cut off`, pos);
        length = view.getUint32(pos + 8, littleEndian);
        valuePos = pos + 12;
      } else {
        length = view.getUint16(pos + 6, littleEndian);
        valuePos = pos + 8;
      }
    } else {
      length = view.getUint32(pos + 4, littleEndian);
      valuePos = pos + 8;
      vr = this.implicitVr(tag, dataset);
    }

    if (length === UNDEFINED_LENGTH) {
      return this.readUndefinedLength(dataset, tag, vr, pos, valuePos, end, explicit, littleEndian, depth);
    }
    if (length > end - valuePos) {
      const code = valuePos + length > this.bytes.byteLength ? 'TRUNCATED' : 'BAD_LENGTH';
      this.fail(
        code,
        `value of ${formatTag(tag)} declares ${length} bytes but ${end - valuePos} remain`,
        pos,
      );
    }
    const next = valuePos + length;

    // Group lengths are retired outside the meta group and wrong as soon as anything changes; meta elements
    // inside the main dataset belong in the meta group, which the writer rebuilds.
    const group = tag >>> 16;
    if ((tag & 0xffff) === 0 && group !== 0x0002) return next;
    if (topLevel && group === 0x0002) return next;
    if (dataset.has(tag)) return next;

    if (vr === 'SQ') {
      const items = this.sequenceItemsOrNull(
        tag,
        valuePos,
        next,
        explicit,
        littleEndian,
        dataset,
        depth,
        false,
      );
      if (items) {
        dataset.set({ kind: 'sequence', tag, vr: 'SQ', items });
        return next;
      }
      if (!explicit) {
        // Implicit VR leaves no way to tell what this value is, and no implicit-VR reader could read it back.
        this.fail(
          'BAD_SEQUENCE',
          `value of ${formatTag(tag)} holds no items but the dictionary makes it a sequence`,
          pos,
        );
      }
      const bytes = this.bytes.subarray(valuePos, next);
      dataset.set({ kind: 'value', tag, vr: opaqueVr(bytes), bytes });
      return next;
    }
    if (vr === 'UN') {
      return this.readDefinedUnknown(dataset, tag, valuePos, next, littleEndian, depth);
    }
    dataset.set({ kind: 'value', tag, vr, bytes: this.bytes.subarray(valuePos, next) });
    return next;
  }

  /** UN with a defined length: private creators are LO, public tags take their dictionary VR (SQ included). */
  private readDefinedUnknown(
    dataset: DicomDataset,
    tag: Tag,
    valuePos: number,
    next: number,
    littleEndian: boolean,
    depth: number,
  ): number {
    const bytes = this.bytes.subarray(valuePos, next);
    if (isPrivateCreator(tag)) {
      dataset.set({ kind: 'value', tag, vr: 'LO', bytes });
      return next;
    }
    let vr: VR = 'UN';
    if (!isPrivateTag(tag)) {
      const known = dictionaryVr(tag);
      vr = known === 'US|SS' ? this.pixelRepresentationVr(dataset) : known;
    }
    if (vr === 'SQ' || (vr === 'UN' && this.startsWithItem(valuePos, next, true))) {
      // CP-246: a sequence encoded as UN holds implicit VR little endian items.
      const items = this.sequenceItemsOrNull(tag, valuePos, next, false, true, dataset, depth, vr === 'UN');
      if (items) {
        dataset.set({ kind: 'sequence', tag, vr: 'SQ', items });
        return next;
      }
      vr = vr === 'SQ' ? opaqueVr(bytes) : 'UN';
    }
    // Under big endian the byte order of a UN value is unknowable, so it stays UN.
    if (vr !== 'UN' && !littleEndian) vr = 'UN';
    dataset.set({ kind: 'value', tag, vr, bytes });
    return next;
  }

  private readUndefinedLength(
    dataset: DicomDataset,
    tag: Tag,
    vr: VR,
    pos: number,
    valuePos: number,
    end: number,
    explicit: boolean,
    littleEndian: boolean,
    depth: number,
  ): number {
    if (tag === PIXEL_DATA && vr !== 'SQ') {
      const { fragments, next } = this.readFragments(valuePos, end, littleEndian);
      if (!dataset.has(tag))
        dataset.set({ kind: 'encapsulated', tag, vr: vr === 'UN' ? 'OB' : vr, fragments });
      return next;
    }
    let itemsExplicit = explicit;
    let itemsLittleEndian = littleEndian;
    if (explicit && vr === 'UN') {
      // CP-246: UN of undefined length is a sequence encoded in implicit VR little endian.
      itemsExplicit = false;
      itemsLittleEndian = true;
    } else if (explicit && vr !== 'SQ') {
      this.fail('BAD_LENGTH', `element ${formatTag(tag)} of VR ${vr} has an undefined length`, pos);
    }
    const items: DicomDataset[] = [];
    const next = this.readItems(
      items,
      tag,
      valuePos,
      end,
      true,
      itemsExplicit,
      itemsLittleEndian,
      dataset,
      depth,
    );
    if (!dataset.has(tag) && (tag & 0xffff) !== 0) dataset.set({ kind: 'sequence', tag, vr: 'SQ', items });
    return next;
  }

  /**
   * Items of a defined-length sequence value, or null when the value does not start with an item (so it is
   * not a sequence at all). With `tentative`, a value that fails to parse as items also gives null.
   */
  private sequenceItemsOrNull(
    tag: Tag,
    start: number,
    end: number,
    explicit: boolean,
    littleEndian: boolean,
    parent: DicomDataset,
    depth: number,
    tentative: boolean,
  ): DicomDataset[] | null {
    if (end > start && !this.startsWithItem(start, end, littleEndian)) return null;
    const items: DicomDataset[] = [];
    if (!tentative) {
      this.readItems(items, tag, start, end, false, explicit, littleEndian, parent, depth);
      return items;
    }
    try {
      this.readItems(items, tag, start, end, false, explicit, littleEndian, parent, depth);
      return items;
    } catch (error) {
      if (error instanceof DicomParseError && error.code !== 'TOO_DEEP') return null;
      throw error;
    }
  }

  private startsWithItem(start: number, end: number, littleEndian: boolean): boolean {
    return end - start >= 8 && this.tagAt(start, littleEndian) === ITEM;
  }

  /** Reads items into `items`; returns the offset after the sequence (after its delimiter when undefined). */
  private readItems(
    items: DicomDataset[],
    tag: Tag,
    start: number,
    end: number,
    undefinedLength: boolean,
    explicit: boolean,
    littleEndian: boolean,
    parent: DicomDataset,
    depth: number,
  ): number {
    const itemDepth = depth + 1;
    if (itemDepth > this.maxDepth) {
      this.fail('TOO_DEEP', `sequence ${formatTag(tag)} nests deeper than ${this.maxDepth} levels`, start);
    }
    let pos = start;
    for (;;) {
      if (!undefinedLength && pos >= end) return pos;
      if (end - pos < 8) this.fail('TRUNCATED', `sequence ${formatTag(tag)} is cut off`, pos);
      const itemTag = this.tagAt(pos, littleEndian);
      const itemLength = this.view.getUint32(pos + 4, littleEndian);
      if (itemTag === SEQUENCE_DELIMITER) {
        if (!undefinedLength)
          this.fail('BAD_SEQUENCE', `sequence delimiter inside defined-length ${formatTag(tag)}`, pos);
        return pos + 8;
      }
      if (itemTag !== ITEM)
        this.fail(
          'BAD_SEQUENCE',
          `sequence ${formatTag(tag)} holds ${formatTag(itemTag)} where an item belongs`,
          pos,
        );
      const item = new DicomDataset(littleEndian, parent);
      if (tag === DIRECTORY_RECORD_SEQUENCE && depth === 0)
        directoryRecordSourceOffsets.set(item, pos + this.baseOffset);
      if (itemLength === UNDEFINED_LENGTH) {
        pos = this.readElements(item, pos + 8, end, explicit, littleEndian, itemDepth, Until.ItemDelimiter);
      } else {
        if (itemLength > end - pos - 8) {
          const code = pos + 8 + itemLength > this.bytes.byteLength ? 'TRUNCATED' : 'BAD_LENGTH';
          this.fail(
            code,
            `item of ${formatTag(tag)} declares ${itemLength} bytes but ${end - pos - 8} remain`,
            pos,
          );
        }
        const itemEnd = pos + 8 + itemLength;
        this.readElements(item, pos + 8, itemEnd, explicit, littleEndian, itemDepth, Until.End);
        pos = itemEnd;
      }
      items.push(item);
    }
  }

  /** Encapsulated pixel data: the Basic Offset Table item, then fragments, up to the sequence delimiter. */
  private readFragments(
    start: number,
    end: number,
    littleEndian: boolean,
  ): { fragments: Uint8Array[]; next: number } {
    const fragments: Uint8Array[] = [];
    let pos = start;
    for (;;) {
      // The delimiter is sometimes missing at the very end of a file; the fragments themselves are complete.
      if (pos === end && end === this.bytes.byteLength && fragments.length > 0)
        return { fragments, next: pos };
      if (end - pos < 8) this.fail('TRUNCATED', 'encapsulated pixel data is cut off', pos);
      const itemTag = this.tagAt(pos, littleEndian);
      const length = this.view.getUint32(pos + 4, littleEndian);
      if (itemTag === SEQUENCE_DELIMITER) return { fragments, next: pos + 8 };
      if (itemTag !== ITEM)
        this.fail(
          'BAD_SEQUENCE',
          `encapsulated pixel data holds ${formatTag(itemTag)} where a fragment belongs`,
          pos,
        );
      if (length > end - pos - 8) {
        const code = pos + 8 + length > this.bytes.byteLength ? 'TRUNCATED' : 'BAD_LENGTH';
        this.fail(code, `pixel data fragment declares ${length} bytes but ${end - pos - 8} remain`, pos);
      }
      fragments.push(this.bytes.subarray(pos + 8, pos + 8 + length));
      pos += 8 + length;
    }
  }

  /** Implicit VR: private creators are LO, other private elements UN, public ones from the dictionary. */
  private implicitVr(tag: Tag, dataset: DicomDataset): VR {
    if ((tag & 0x10000) !== 0) return isPrivateCreator(tag) ? 'LO' : 'UN';
    const vr = dictionaryVr(tag);
    return vr === 'US|SS' ? this.pixelRepresentationVr(dataset) : vr;
  }

  /** SS when the Pixel Representation in force says signed, else US. */
  private pixelRepresentationVr(dataset: DicomDataset): VR {
    for (let current: DicomDataset | null = dataset; current; current = current.parent) {
      const element = current.get(PIXEL_REPRESENTATION);
      if (element && element.kind === 'value' && element.bytes.byteLength >= 2) {
        const value = current.littleEndian ? element.bytes[0] : element.bytes[1];
        return value === 1 ? 'SS' : 'US';
      }
    }
    return 'US';
  }

  private tagAt(pos: number, littleEndian: boolean): Tag {
    return (
      ((this.view.getUint16(pos, littleEndian) << 16) | this.view.getUint16(pos + 2, littleEndian)) >>> 0
    );
  }

  private allZero(start: number, end: number): boolean {
    for (let i = start; i < end; i++) if (this.bytes[i] !== 0) return false;
    return true;
  }
}

/**
 * The VR for the value of an attribute the dictionary calls SQ that holds no items (an older edition gave it
 * another VR). Labelling it UN would make readers that resolve UN through the dictionary parse it as a
 * sequence and fail, so it is kept as text (UT) when it reads as text, else as bytes (OB); the bytes are
 * unchanged either way.
 */
function opaqueVr(bytes: Uint8Array): VR {
  for (const byte of bytes) {
    if (
      byte < 0x20 &&
      byte !== 0x09 &&
      byte !== 0x0a &&
      byte !== 0x0c &&
      byte !== 0x0d &&
      byte !== 0x1b &&
      byte !== 0x00
    ) {
      return 'OB';
    }
    if (byte === 0x7f) return 'OB';
  }
  return 'UT';
}

/** (gggg,0010)–(gggg,00FF) in an odd group. */
function isPrivateCreator(tag: Tag): boolean {
  const element = tag & 0xffff;
  return (tag & 0x10000) !== 0 && element >= 0x0010 && element <= 0x00ff;
}
