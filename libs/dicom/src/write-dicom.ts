import { ChunkWriter } from './chunk-writer';
import { type DicomDataset, type DicomElement } from './dataset';
import { TransferSyntax, type DicomFile } from './dicom-file';
import { dictionaryVr } from './dictionary';
import {
  DIRECTORY_OFFSET_TAGS,
  DIRECTORY_RECORD_SEQUENCE,
  directoryRecordSourceOffsets,
} from './directory-records';
import {
  encodingForTransferSyntax,
  isEncapsulatedTransferSyntax,
  isNativeTransferSyntax,
} from './transfer-syntax';
import { formatTag, Tags, type Tag } from './tag';
import { hasLongLength, isStringVR, paddingByte, VALUE_REPRESENTATIONS, type VR } from './vr';

/** Lattice's Implementation Class UID (0002,0012), fixed for every file it writes. */
export const IMPLEMENTATION_CLASS_UID = '2.25.203818054726014583592560096282141545073';

/** Lattice's Implementation Version Name (0002,0013); SH, at most 16 characters. */
export const IMPLEMENTATION_VERSION_NAME = 'LATTICE_0.1.0';

export type DicomWriteErrorCode =
  /** Deflated output, or a transfer syntax that is not a UID. */
  | 'UNSUPPORTED_TRANSFER_SYNTAX'
  /** Encapsulated pixel data under a native transfer syntax, or native pixel data under an encapsulated one. */
  | 'PIXEL_DATA_MISMATCH'
  /** Implicit VR output of a value whose VR an implicit-VR reader could not infer (a non-sequence SQ tag). */
  | 'IMPLICIT_VR_CONFLICT';

/** Why a DicomFile cannot be written. The message never contains element values. */
export class DicomWriteError extends Error {
  constructor(
    readonly code: DicomWriteErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DicomWriteError';
  }
}

export interface WriteOptions {
  /**
   * Transfer syntax of the output; default: the input's, except deflated input (written as explicit VR little
   * endian). Native output can be implicit VR LE, explicit VR LE or explicit VR BE; an encapsulated transfer
   * syntax is written as explicit VR LE and must match how the pixel data is held.
   */
  transferSyntaxUid?: string;
}

const UNDEFINED_LENGTH = 0xffffffff;
const MAX_SHORT_LENGTH = 0xfffe;
// Module-local copies: imported bindings cost a getter call per use in CommonJS output, once per element here.
const PIXEL_DATA = Tags.PixelData;
const ITEM = Tags.Item;
const ITEM_DELIMITER = Tags.ItemDelimitationItem;
const SEQUENCE_DELIMITER = Tags.SequenceDelimitationItem;
const OFFSET_TAGS = DIRECTORY_OFFSET_TAGS;
const DEFLATED = new Set<string>([TransferSyntax.DeflatedExplicitVRLittleEndian, '1.2.840.10008.1.2.4.95']);

interface Target {
  readonly explicit: boolean;
  readonly littleEndian: boolean;
  /** Pixel data must be encapsulated (true), native (false), or either under a private syntax (null). */
  readonly encapsulated: boolean | null;
  /** Set for a DICOMDIR: its record offsets are rewritten to point into the output. */
  readonly directory: DirectoryOffsets | null;
}

/** DICOMDIR offsets written so far (to patch) and where each parsed record landed in the output. */
interface DirectoryOffsets {
  readonly slots: { slot: { buffer: DataView; offset: number }; sourceOffset: number }[];
  readonly outputOffsetBySource: Map<number, number>;
}

/**
 * Writes a DicomFile as Part 10: a zero preamble, `DICM`, a rebuilt meta group, then the dataset. Returns
 * chunks for `writev`; large values (pixel data) are the file's own views, not copies. Sequences and items
 * are written with undefined lengths, so the output is deterministic and independent of the input's layout.
 */
export function writeDicom(file: DicomFile, options: WriteOptions = {}): Uint8Array[] {
  const transferSyntaxUid = outputTransferSyntax(file, options);
  const encoding = encodingForTransferSyntax(transferSyntaxUid);
  const target: Target = {
    explicit: encoding.explicitVr,
    littleEndian: encoding.littleEndian,
    encapsulated: isEncapsulatedTransferSyntax(transferSyntaxUid)
      ? true
      : isNativeTransferSyntax(transferSyntaxUid)
        ? false
        : null,
    directory: file.dataset.has(DIRECTORY_RECORD_SEQUENCE)
      ? { slots: [], outputOffsetBySource: new Map() }
      : null,
  };
  const out = new ChunkWriter();
  out.zeros(128);
  out.ascii2('DI');
  out.ascii2('CM');
  writeMeta(out, file, transferSyntaxUid);
  writeElements(out, file.dataset, target, true);
  if (target.directory) patchDirectoryOffsets(target.directory, target.littleEndian);
  return out.finish();
}

/** writeDicom joined into one buffer. */
export function serializeDicom(file: DicomFile, options: WriteOptions = {}): Uint8Array {
  const chunks = writeDicom(file, options);
  let total = 0;
  for (const chunk of chunks) total += chunk.byteLength;
  const joined = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    joined.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return joined;
}

function outputTransferSyntax(file: DicomFile, options: WriteOptions): string {
  const requested = options.transferSyntaxUid ?? file.transferSyntaxUid;
  if (!/^[0-9]+(\.[0-9]+)*$/.test(requested) || requested.length > 64) {
    throw new DicomWriteError('UNSUPPORTED_TRANSFER_SYNTAX', 'the transfer syntax is not a UID');
  }
  if (DEFLATED.has(requested)) {
    if (options.transferSyntaxUid !== undefined) {
      throw new DicomWriteError('UNSUPPORTED_TRANSFER_SYNTAX', 'deflated output is not supported');
    }
    return TransferSyntax.ExplicitVRLittleEndian;
  }
  return requested;
}

function writeMeta(out: ChunkWriter, file: DicomFile, transferSyntaxUid: string): void {
  // From the dataset; a dataset without them (DICOMDIR, broken files) keeps the input meta's, else empty values:
  // inventing UIDs is not the writer's business.
  const sopClass =
    file.dataset.getString(Tags.SOPClassUID) || file.meta.getString(Tags.MediaStorageSOPClassUID) || '';
  const sopInstance =
    file.dataset.getString(Tags.SOPInstanceUID) || file.meta.getString(Tags.MediaStorageSOPInstanceUID) || '';
  const elements: [Tag, VR, Uint8Array][] = [
    [Tags.FileMetaInformationVersion, 'OB', Uint8Array.of(0x00, 0x01)],
    [Tags.MediaStorageSOPClassUID, 'UI', asciiValue(sopClass, 0)],
    [Tags.MediaStorageSOPInstanceUID, 'UI', asciiValue(sopInstance, 0)],
    [Tags.TransferSyntaxUID, 'UI', asciiValue(transferSyntaxUid, 0)],
    [Tags.ImplementationClassUID, 'UI', asciiValue(IMPLEMENTATION_CLASS_UID, 0)],
    [Tags.ImplementationVersionName, 'SH', asciiValue(IMPLEMENTATION_VERSION_NAME, 0x20)],
  ];
  let groupLength = 0;
  for (const [, vr, value] of elements) groupLength += (hasLongLength(vr) ? 12 : 8) + value.byteLength;
  out.tag(Tags.FileMetaInformationGroupLength, true);
  out.ascii2('UL');
  out.uint16(4, true);
  out.uint32(groupLength, true);
  for (const [tag, vr, value] of elements) {
    writeHeader(out, tag, vr, value.byteLength, true, true);
    out.bytes(value);
  }
}

function asciiValue(text: string, pad: number): Uint8Array {
  const length = text.length + (text.length % 2);
  const bytes = new Uint8Array(length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0x7f;
  if (length > text.length) bytes[text.length] = pad;
  return bytes;
}

function writeHeader(
  out: ChunkWriter,
  tag: Tag,
  vr: VR,
  length: number,
  explicit: boolean,
  le: boolean,
): void {
  out.header(tag, vr, length, explicit, explicit && LONG_LENGTH[vr] === true, le);
}

/** hasLongLength and paddingByte as property lookups: they run once per element written. */
const LONG_LENGTH: Partial<Record<VR, true>> = Object.fromEntries(
  VALUE_REPRESENTATIONS.filter(hasLongLength).map((vr) => [vr, true] as const),
);
const PADDING: Partial<Record<VR, number>> = Object.fromEntries(
  VALUE_REPRESENTATIONS.map((vr) => [vr, paddingByte(vr)] as const),
);

function writeElements(out: ChunkWriter, dataset: DicomDataset, target: Target, topLevel: boolean): void {
  for (const tag of dataset.tags()) {
    // Group lengths would be stale, and the meta group is written separately.
    if ((tag & 0xffff) === 0 || (topLevel && tag >>> 16 === 0x0002)) continue;
    const element = dataset.get(tag);
    if (element) writeElement(out, element, dataset, target, topLevel);
  }
}

function writeElement(
  out: ChunkWriter,
  element: DicomElement,
  dataset: DicomDataset,
  target: Target,
  topLevel: boolean,
): void {
  const le = target.littleEndian;
  switch (element.kind) {
    case 'value': {
      if (topLevel && element.tag === PIXEL_DATA && target.encapsulated === true) {
        throw new DicomWriteError(
          'PIXEL_DATA_MISMATCH',
          'native pixel data cannot be written under an encapsulated transfer syntax',
        );
      }
      if (
        !target.explicit &&
        element.vr !== 'SQ' &&
        (element.tag & 0x10000) === 0 &&
        dictionaryVr(element.tag) === 'SQ'
      ) {
        throw new DicomWriteError(
          'IMPLICIT_VR_CONFLICT',
          `${formatTag(element.tag)} is not a sequence and cannot be written in implicit VR`,
        );
      }
      let bytes = element.bytes;
      if (dataset.littleEndian !== le) bytes = swapBytes(bytes, element.vr);
      const length = bytes.byteLength + (bytes.byteLength & 1);
      const vr =
        target.explicit && length > MAX_SHORT_LENGTH && LONG_LENGTH[element.vr] !== true
          ? longFormOf(element.vr)
          : element.vr;
      writeHeader(out, element.tag, vr, length, target.explicit, le);
      if (target.directory && OFFSET_TAGS.has(element.tag) && bytes.byteLength === 4) {
        const sourceOffset = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0, le);
        target.directory.slots.push({ slot: out.reserveSlot32(), sourceOffset });
        return;
      }
      out.bytes(bytes);
      if (length > bytes.byteLength) out.byte(PADDING[element.vr] ?? 0);
      return;
    }
    case 'sequence': {
      writeHeader(out, element.tag, 'SQ', UNDEFINED_LENGTH, target.explicit, le);
      const records = topLevel && element.tag === DIRECTORY_RECORD_SEQUENCE ? target.directory : null;
      for (const item of element.items) {
        const sourceOffset = records ? directoryRecordSourceOffsets.get(item) : undefined;
        if (records && sourceOffset !== undefined) records.outputOffsetBySource.set(sourceOffset, out.length);
        out.tag(ITEM, le);
        out.uint32(UNDEFINED_LENGTH, le);
        writeElements(out, item, target, false);
        out.tag(ITEM_DELIMITER, le);
        out.uint32(0, le);
      }
      out.tag(SEQUENCE_DELIMITER, le);
      out.uint32(0, le);
      return;
    }
    case 'encapsulated': {
      if (target.encapsulated === false) {
        throw new DicomWriteError(
          'PIXEL_DATA_MISMATCH',
          `encapsulated ${formatTag(element.tag)} cannot be written under a native transfer syntax`,
        );
      }
      writeHeader(out, element.tag, element.vr === 'OW' ? 'OW' : 'OB', UNDEFINED_LENGTH, true, le);
      const fragments = element.fragments.length > 0 ? element.fragments : [new Uint8Array(0)];
      for (const fragment of fragments) {
        const length = fragment.byteLength + (fragment.byteLength & 1);
        out.tag(ITEM, le);
        out.uint32(length, le);
        out.bytes(fragment);
        if (length > fragment.byteLength) out.byte(0);
      }
      out.tag(SEQUENCE_DELIMITER, le);
      out.uint32(0, le);
      return;
    }
  }
}

/**
 * Points each DICOMDIR offset at the output position of the record it pointed at in the input. Offsets of 0
 * (none) stay 0; offsets that named no record in the input are kept as they were.
 */
function patchDirectoryOffsets(directory: DirectoryOffsets, littleEndian: boolean): void {
  for (const { slot, sourceOffset } of directory.slots) {
    const mapped =
      sourceOffset === 0 ? 0 : (directory.outputOffsetBySource.get(sourceOffset) ?? sourceOffset);
    slot.buffer.setUint32(slot.offset, mapped, littleEndian);
  }
}

/** The VR to write a value too long for a 2-byte length field under: text keeps being text. */
function longFormOf(vr: VR): VR {
  if (vr === 'LT' || vr === 'ST') return 'UT';
  if (isStringVR(vr)) return 'UC';
  return 'UN';
}

const SWAP_WIDTH: Partial<Record<VR, number>> = {
  US: 2,
  SS: 2,
  OW: 2,
  AT: 2,
  UL: 4,
  SL: 4,
  FL: 4,
  OF: 4,
  OL: 4,
  FD: 8,
  OD: 8,
  SV: 8,
  UV: 8,
  OV: 8,
};

/** A copy of a binary value in the other byte order; text, bytes and UN are unchanged. */
function swapBytes(bytes: Uint8Array, vr: VR): Uint8Array {
  const width = SWAP_WIDTH[vr];
  if (width === undefined || bytes.byteLength < width) return bytes;
  const swapped = new Uint8Array(bytes.byteLength);
  const whole = bytes.byteLength - (bytes.byteLength % width);
  for (let i = 0; i < whole; i += width) {
    for (let j = 0; j < width; j++) swapped[i + j] = bytes[i + width - 1 - j] as number;
  }
  swapped.set(bytes.subarray(whole), whole);
  return swapped;
}
