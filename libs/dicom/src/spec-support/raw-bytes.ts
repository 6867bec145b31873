// Hand-assembled DICOM bytes for tests, written independently of the library's writer so that parser and
// writer tests cannot agree on a shared mistake.

export interface RawEncoding {
  explicit: boolean;
  littleEndian: boolean;
}

export const EXPLICIT_LE: RawEncoding = { explicit: true, littleEndian: true };
export const IMPLICIT_LE: RawEncoding = { explicit: false, littleEndian: true };
export const EXPLICIT_BE: RawEncoding = { explicit: true, littleEndian: false };

const LONG = new Set(['OB', 'OD', 'OF', 'OL', 'OV', 'OW', 'SQ', 'SV', 'UC', 'UN', 'UR', 'UT', 'UV']);
export const UNDEFINED = 0xffffffff;

export function concat(...parts: Uint8Array[]): Uint8Array {
  const total = parts.reduce((sum, part) => sum + part.byteLength, 0);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.byteLength;
  }
  return out;
}

export function ascii(text: string, pad = 0x20): Uint8Array {
  const bytes = Buffer.from(text, 'latin1');
  if (bytes.byteLength % 2 === 0) return new Uint8Array(bytes);
  return concat(new Uint8Array(bytes), Uint8Array.of(pad));
}

export function u16(values: number[], littleEndian = true): Uint8Array {
  const out = new Uint8Array(values.length * 2);
  const view = new DataView(out.buffer);
  values.forEach((value, i) => view.setUint16(i * 2, value, littleEndian));
  return out;
}

export function u32(values: number[], littleEndian = true): Uint8Array {
  const out = new Uint8Array(values.length * 4);
  const view = new DataView(out.buffer);
  values.forEach((value, i) => view.setUint32(i * 4, value, littleEndian));
  return out;
}

function tagBytes(tag: number, littleEndian: boolean): Uint8Array {
  return u16([tag >>> 16, tag & 0xffff], littleEndian);
}

/** One element header plus value; `length` overrides the declared length (e.g. UNDEFINED or a lie). */
export function element(
  tag: number,
  vr: string,
  value: Uint8Array,
  enc: RawEncoding,
  length?: number,
): Uint8Array {
  const declared = length ?? value.byteLength;
  const le = enc.littleEndian;
  if (!enc.explicit) return concat(tagBytes(tag, le), u32([declared], le), value);
  const vrBytes = Uint8Array.of(vr.charCodeAt(0), vr.charCodeAt(1));
  if (LONG.has(vr))
    return concat(tagBytes(tag, le), vrBytes, Uint8Array.of(0, 0), u32([declared], le), value);
  return concat(tagBytes(tag, le), vrBytes, u16([declared], le), value);
}

/** An item; undefined length adds an item delimiter. */
export function item(content: Uint8Array, enc: RawEncoding, undefinedLength = false): Uint8Array {
  const le = enc.littleEndian;
  if (!undefinedLength) return concat(tagBytes(0xfffee000, le), u32([content.byteLength], le), content);
  return concat(
    tagBytes(0xfffee000, le),
    u32([UNDEFINED], le),
    content,
    tagBytes(0xfffee00d, le),
    u32([0], le),
  );
}

/** A sequence element; undefined length adds a sequence delimiter. */
export function sequence(
  tag: number,
  items: Uint8Array[],
  enc: RawEncoding,
  undefinedLength = false,
  vr = 'SQ',
): Uint8Array {
  const le = enc.littleEndian;
  const body = concat(...items);
  if (!undefinedLength) return element(tag, vr, body, enc);
  return element(tag, vr, concat(body, tagBytes(0xfffee0dd, le), u32([0], le)), enc, UNDEFINED);
}

/** A file meta group (explicit VR little endian) with its group length. */
export function metaGroup(transferSyntaxUid: string | null, extra: Uint8Array[] = []): Uint8Array {
  const body = concat(
    element(0x00020001, 'OB', Uint8Array.of(0, 1), EXPLICIT_LE),
    element(0x00020002, 'UI', ascii('1.2.840.10008.5.1.4.1.1.7', 0), EXPLICIT_LE),
    element(0x00020003, 'UI', ascii('1.2.3.4.5', 0), EXPLICIT_LE),
    ...(transferSyntaxUid === null
      ? []
      : [element(0x00020010, 'UI', ascii(transferSyntaxUid, 0), EXPLICIT_LE)]),
    ...extra,
  );
  return concat(element(0x00020000, 'UL', u32([body.byteLength]), EXPLICIT_LE), body);
}

/** Preamble + DICM + meta + dataset. */
export function part10(
  transferSyntaxUid: string,
  dataset: Uint8Array,
  preamble = new Uint8Array(128),
): Uint8Array {
  return concat(preamble, ascii('DICM'), metaGroup(transferSyntaxUid), dataset);
}
