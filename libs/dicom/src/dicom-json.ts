import type { DicomDataset, DicomElement, ValueElement } from './dataset';
import { parsePersonName, formatPersonName, type PersonNameGroup } from './person-name';
import { tag, tagElement, tagGroup, type Tag } from './tag';
import { isStringVR, type VR } from './vr';

/** One value of a Person Name attribute in the DICOM JSON model (PS3.18 F.2.2): one string per group. */
export interface DicomJsonPersonName {
  Alphabetic?: string;
  Ideographic?: string;
  Phonetic?: string;
}

/** A value inside an attribute's `Value` array; null stands for an empty value of a multi-valued attribute. */
export type DicomJsonValue = string | number | DicomJsonPersonName | DicomJsonDataset | null;

/** One attribute of the DICOM JSON model: its VR and at most one of Value, InlineBinary or BulkDataURI. */
export interface DicomJsonAttribute {
  vr: VR;
  Value?: DicomJsonValue[];
  InlineBinary?: string;
  BulkDataURI?: string;
}

/** A dataset in the DICOM JSON model: attributes keyed by their tag as eight upper-case hex digits. */
export type DicomJsonDataset = { [tag: string]: DicomJsonAttribute };

/** How binary values are written. */
export interface DicomJsonOptions {
  /**
   * The BulkDataURI of a bulk value, given the path of its attribute (`7FE00010`, or
   * `00540016/0/00181072`-style paths inside sequences). Without it, bulk values are left out.
   */
  readonly bulkDataUri?: (path: string) => string;
  /**
   * Binary values (OB, OW, UN, ...) up to this many bytes are written inline as base64; larger ones
   * are bulk data. Pixel, overlay, waveform, audio, spectroscopy and encapsulated-document data is
   * always bulk data. Default 1024.
   */
  readonly inlineBinaryMaxBytes?: number;
  /** Which top-level attributes to write; all by default. Nested items are always written whole. */
  readonly include?: (tag: Tag) => boolean;
}

const DEFAULT_INLINE_BINARY_MAX_BYTES = 1024;

// Attributes that are bulk data by nature, whatever their size.
const ALWAYS_BULK: ReadonlySet<Tag> = new Set([
  tag(0x7fe0, 0x0008), // Float Pixel Data
  tag(0x7fe0, 0x0009), // Double Float Pixel Data
  tag(0x7fe0, 0x0010), // Pixel Data
  tag(0x0042, 0x0011), // Encapsulated Document
  tag(0x5400, 0x1010), // Waveform Data
  tag(0x5600, 0x0020), // Spectroscopy Data
  tag(0x5000, 0x200c), // Audio Sample Data (retired)
]);

const NUMBER_VRS: ReadonlySet<VR> = new Set<VR>(['US', 'SS', 'UL', 'SL', 'FL', 'FD']);

/** Binary VRs and the size of the unit whose bytes swap between byte orders. */
const BINARY_UNIT: Partial<Record<VR, number>> = { OB: 1, UN: 1, OW: 2, OF: 4, OL: 4, OD: 8, OV: 8 };

/** The tag as DICOM JSON keys it: eight upper-case hex digits, e.g. `00100010`. */
export function dicomJsonKey(value: Tag): string {
  return value.toString(16).toUpperCase().padStart(8, '0');
}

/**
 * Encodes a dataset as a DICOM JSON model object (PS3.18 Annex F.2): strings, numbers for IS, DS and
 * the binary numeric VRs, Person Name objects, AT values as hex tags, sequences as nested objects and
 * binary values inline (base64, little endian) or as bulk data. Group lengths are left out. Text is
 * decoded with the Specific Character Set in force, so the result holds plain Unicode strings.
 */
export function encodeDicomJson(dataset: DicomDataset, options: DicomJsonOptions = {}): DicomJsonDataset {
  return encodeDataset(dataset, options, '', true);
}

function encodeDataset(
  dataset: DicomDataset,
  options: DicomJsonOptions,
  pathPrefix: string,
  topLevel: boolean,
): DicomJsonDataset {
  const out: DicomJsonDataset = {};
  for (const element of dataset) {
    if (tagElement(element.tag) === 0x0000) continue;
    if (topLevel && options.include && !options.include(element.tag)) continue;
    const key = dicomJsonKey(element.tag);
    const attribute = encodeElement(element, dataset, options, `${pathPrefix}${key}`);
    if (attribute) out[key] = attribute;
  }
  return out;
}

function encodeElement(
  element: DicomElement,
  dataset: DicomDataset,
  options: DicomJsonOptions,
  path: string,
): DicomJsonAttribute | undefined {
  switch (element.kind) {
    case 'sequence': {
      if (element.items.length === 0) return { vr: 'SQ' };
      return {
        vr: 'SQ',
        Value: element.items.map((item, index) => encodeDataset(item, options, `${path}/${index}/`, false)),
      };
    }
    case 'encapsulated':
      return bulk(element.vr, options, path);
    case 'value':
      return encodeValue(element, dataset, options, path);
  }
}

function encodeValue(
  element: ValueElement,
  dataset: DicomDataset,
  options: DicomJsonOptions,
  path: string,
): DicomJsonAttribute | undefined {
  const { vr, bytes, tag: elementTag } = element;
  if (isStringVR(vr)) return withValues(vr, stringValues(element, dataset));
  if (vr === 'AT') return withValues(vr, dataset.getAttributeTags(elementTag).map(dicomJsonKey));
  if (vr === 'SV' || vr === 'UV') return withValues(vr, bigValues(bytes, vr, dataset.littleEndian));
  if (NUMBER_VRS.has(vr)) return withValues(vr, dataset.getNumbers(elementTag));
  if (BINARY_UNIT[vr] !== undefined) {
    if (bytes.byteLength === 0) return { vr };
    const limit = options.inlineBinaryMaxBytes ?? DEFAULT_INLINE_BINARY_MAX_BYTES;
    if (isAlwaysBulk(elementTag) || bytes.byteLength > limit) return bulk(vr, options, path);
    return {
      vr,
      InlineBinary: Buffer.from(littleEndianBytes(bytes, vr, dataset.littleEndian)).toString('base64'),
    };
  }
  // An SQ value the parser could not read as items carries nothing a JSON reader could use.
  return { vr };
}

function withValues(vr: VR, values: DicomJsonValue[]): DicomJsonAttribute {
  return values.length === 0 ? { vr } : { vr, Value: values };
}

function stringValues(element: ValueElement, dataset: DicomDataset): DicomJsonValue[] {
  const { vr, tag: elementTag } = element;
  const texts = dataset.getStrings(elementTag);
  // A value made only of separators (`\\`) is several empty values, not none.
  if (texts.length === 0) return [];
  if (texts.every((text) => text === '')) return texts.length > 1 ? texts.map(() => null) : [];
  if (vr === 'PN') return texts.map(personNameValue);
  if (vr === 'IS' || vr === 'DS') {
    return texts.map((text) => {
      if (text === '') return null;
      const parsed = Number(text);
      return Number.isFinite(parsed) ? parsed : null;
    });
  }
  return texts.map((text) => (text === '' ? null : text));
}

function personNameValue(text: string): DicomJsonPersonName | null {
  if (text === '') return null;
  const name = parsePersonName(text);
  const value: DicomJsonPersonName = {};
  const group = (g: PersonNameGroup) => formatPersonName({ alphabetic: g });
  if (group(name.alphabetic) !== '') value.Alphabetic = group(name.alphabetic);
  if (group(name.ideographic) !== '') value.Ideographic = group(name.ideographic);
  if (group(name.phonetic) !== '') value.Phonetic = group(name.phonetic);
  return value;
}

function bigValues(bytes: Uint8Array, vr: 'SV' | 'UV', littleEndian: boolean): DicomJsonValue[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const values: DicomJsonValue[] = [];
  for (let offset = 0; offset + 8 <= bytes.byteLength; offset += 8) {
    const value =
      vr === 'SV' ? view.getBigInt64(offset, littleEndian) : view.getBigUint64(offset, littleEndian);
    // JSON numbers lose precision past 2^53: such values are written as strings (PS3.18 F.2.3).
    const asNumber = Number(value);
    values.push(Number.isSafeInteger(asNumber) ? asNumber : value.toString());
  }
  return values;
}

function isAlwaysBulk(value: Tag): boolean {
  if (ALWAYS_BULK.has(value)) return true;
  const group = tagGroup(value);
  // Overlay Data (60xx,3000) and curve data in the retired repeating groups (50xx).
  return ((group & 0xff00) === 0x6000 && tagElement(value) === 0x3000) || (group & 0xff00) === 0x5000;
}

function bulk(vr: VR, options: DicomJsonOptions, path: string): DicomJsonAttribute | undefined {
  return options.bulkDataUri ? { vr, BulkDataURI: options.bulkDataUri(path) } : undefined;
}

/** InlineBinary is always little endian: values of a big-endian dataset are swapped unit by unit. */
function littleEndianBytes(bytes: Uint8Array, vr: VR, littleEndian: boolean): Uint8Array {
  const unit = BINARY_UNIT[vr] ?? 1;
  if (littleEndian || unit === 1) return bytes;
  const swapped = new Uint8Array(bytes.byteLength);
  for (let offset = 0; offset + unit <= bytes.byteLength; offset += unit) {
    for (let k = 0; k < unit; k += 1) swapped[offset + k] = bytes[offset + unit - 1 - k] as number;
  }
  return swapped;
}
