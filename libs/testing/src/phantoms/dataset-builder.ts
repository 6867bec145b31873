import { lookupAttribute, tag, tagForKeyword, type DicomDataset, type Tag, type VR } from '@lattice/dicom';

type BinaryVR = 'US' | 'SS' | 'UL' | 'SL' | 'FL' | 'FD';

const BINARY_SIZES: Readonly<Record<BinaryVR, number>> = { US: 2, SS: 2, UL: 4, SL: 4, FL: 4, FD: 8 };

/** Little-endian bytes of binary numeric values. */
export function binaryValue(vr: BinaryVR, values: readonly number[]): Uint8Array {
  const size = BINARY_SIZES[vr];
  const bytes = new Uint8Array(size * values.length);
  const view = new DataView(bytes.buffer);
  values.forEach((value, index) => {
    const offset = index * size;
    if (vr === 'US') view.setUint16(offset, value, true);
    else if (vr === 'SS') view.setInt16(offset, value, true);
    else if (vr === 'UL') view.setUint32(offset, value, true);
    else if (vr === 'SL') view.setInt32(offset, value, true);
    else if (vr === 'FL') view.setFloat32(offset, value, true);
    else view.setFloat64(offset, value, true);
  });
  return bytes;
}

function keywordTag(keyword: string): Tag {
  const found = tagForKeyword(keyword);
  if (found === undefined) throw new Error(`unknown attribute keyword ${keyword}`);
  return found;
}

/** Writes attributes by keyword, taking the VR from the data dictionary, so a header reads like the standard. */
export class DatasetBuilder {
  constructor(readonly dataset: DicomDataset) {}

  /** A text value (several values joined with a backslash). */
  text(keyword: string, value: string | readonly string[], vr?: VR): this {
    const elementTag = keywordTag(keyword);
    const chosen = vr ?? lookupAttribute(elementTag)?.vr ?? 'UN';
    this.dataset.setString(elementTag, chosen, typeof value === 'string' ? value : value.join('\\'));
    return this;
  }

  /** A binary numeric value (US, SS, UL, SL, FL, FD). */
  binary(keyword: string, vr: BinaryVR, ...values: number[]): this {
    this.dataset.set({ kind: 'value', tag: keywordTag(keyword), vr, bytes: binaryValue(vr, values) });
    return this;
  }

  /** Raw bytes, for pixel data and other large values (kept as the given view). */
  bytes(keyword: string, vr: VR, bytes: Uint8Array): this {
    this.dataset.set({ kind: 'value', tag: keywordTag(keyword), vr, bytes });
    return this;
  }

  /** A sequence whose items are filled by the callbacks, one item each. */
  sequence(keyword: string, ...items: ((item: DatasetBuilder) => void)[]): this {
    const built = items.map((fill) => {
      const item = this.dataset.createItem();
      fill(new DatasetBuilder(item));
      return item;
    });
    this.dataset.set({ kind: 'sequence', tag: keywordTag(keyword), vr: 'SQ', items: built });
    return this;
  }

  /** A private block: writes the creator at (group, 00bb) and returns a writer for (group, bbxx). */
  privateBlock(group: number, block: number, creator: string): PrivateBlockBuilder {
    this.dataset.setString(tag(group, block), 'LO', creator);
    return new PrivateBlockBuilder(this.dataset, group, block);
  }
}

/** Writes the elements of one private block by their low byte. */
export class PrivateBlockBuilder {
  constructor(
    private readonly dataset: DicomDataset,
    private readonly group: number,
    private readonly block: number,
  ) {}

  private tagOf(element: number): Tag {
    return tag(this.group, (this.block << 8) | element);
  }

  text(element: number, vr: VR, value: string): this {
    this.dataset.setString(this.tagOf(element), vr, value);
    return this;
  }

  binary(element: number, vr: BinaryVR, ...values: number[]): this {
    this.dataset.set({ kind: 'value', tag: this.tagOf(element), vr, bytes: binaryValue(vr, values) });
    return this;
  }

  bytes(element: number, vr: VR, bytes: Uint8Array): this {
    this.dataset.set({ kind: 'value', tag: this.tagOf(element), vr, bytes });
    return this;
  }
}
