import { inflateRawSync, inflateSync } from 'node:zlib';
import { DicomDataset } from './dataset';
import { DatasetReader, vrAt } from './dataset-reader';
import { DicomParseError, type DatasetEncoding, type DicomFile } from './dicom-file';
import { dictionaryVr } from './dictionary';
import { isPrivateTag, Tags } from './tag';
import { encodingForTransferSyntax, nativeTransferSyntaxFor } from './transfer-syntax';
import { hasLongLength } from './vr';

export interface ParseOptions {
  /** Sequence nesting allowed before the input is refused (TOO_DEEP); default 16. */
  maxDepth?: number;
  /** Bound on the inflated size of a deflated dataset (TOO_LARGE beyond it); default 256 MiB. */
  maxInflatedBytes?: number;
}

const DEFAULT_MAX_DEPTH = 16;
const DEFAULT_MAX_INFLATED_BYTES = 256 * 1024 * 1024;
const PREAMBLE_LENGTH = 128;
const DICM = 0x4449434d;

/**
 * Parses a DICOM Part 10 file, or a bare dataset without file meta, into a DicomFile whose values are views
 * of `bytes`. Anything that is not usable DICOM throws DicomParseError (with a code, and a message naming
 * tags and offsets, never values); nothing else is thrown.
 */
export function parseDicom(bytes: Uint8Array, options: ParseOptions = {}): DicomFile {
  try {
    return parse(bytes, options);
  } catch (error) {
    if (error instanceof DicomParseError) throw error;
    // A runaway recursion (maxDepth set beyond what the stack holds) is the only other error the parser can
    // meet; anything else would be a bug in this library and is not disguised.
    if ((error as { name?: unknown } | null)?.name === 'RangeError') {
      throw new DicomParseError('TOO_DEEP', 'sequences nest too deeply to read');
    }
    throw error;
  }
}

function parse(input: Uint8Array, options: ParseOptions): DicomFile {
  // A plain Uint8Array view over the same memory: subarray() of a Node Buffer is several times slower, and
  // values should not depend on what the caller passed.
  const bytes =
    input.constructor === Uint8Array
      ? input
      : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  if (bytes.byteLength === 0) throw new DicomParseError('EMPTY', 'the input is empty', 0);
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const reader = new DatasetReader(bytes, maxDepth);

  let preamble: Uint8Array | null = null;
  let metaStart: number;
  if (bytes.byteLength >= PREAMBLE_LENGTH + 4 && view.getUint32(PREAMBLE_LENGTH, false) === DICM) {
    preamble = bytes.subarray(0, PREAMBLE_LENGTH);
    metaStart = PREAMBLE_LENGTH + 4;
  } else if (bytes.byteLength >= 4 && view.getUint32(0, false) === DICM) {
    metaStart = 4;
  } else if (bytes.byteLength >= 8 && view.getUint16(0, true) === 0x0002 && vrAt(view, 4) !== undefined) {
    metaStart = 0;
  } else {
    return parseBareDataset(bytes, view, reader);
  }

  const meta = new DicomDataset(true);
  const datasetStart = readMeta(bytes, view, reader, meta, metaStart);
  const transferSyntaxUid = metaString(meta);
  if (transferSyntaxUid === '') {
    throw new DicomParseError(
      'MISSING_TRANSFER_SYNTAX',
      'the file meta group has no Transfer Syntax UID (0002,0010)',
    );
  }
  const declared = encodingForTransferSyntax(transferSyntaxUid);

  if (declared.deflated) {
    const inflated = inflate(
      bytes.subarray(datasetStart),
      options.maxInflatedBytes ?? DEFAULT_MAX_INFLATED_BYTES,
    );
    const dataset = new DicomDataset(true);
    // Error offsets here count from the start of the inflated dataset.
    new DatasetReader(inflated, maxDepth).readTopLevel(dataset, 0, inflated.byteLength, true, true);
    return { preamble, meta, dataset, transferSyntaxUid, encoding: declared };
  }

  const encoding = checkedEncoding(bytes, view, datasetStart, declared);
  const dataset = new DicomDataset(encoding.littleEndian);
  reader.readTopLevel(dataset, datasetStart, bytes.byteLength, encoding.explicitVr, encoding.littleEndian);
  return { preamble, meta, dataset, transferSyntaxUid, encoding };
}

/** Reads the file meta group (explicit VR little endian) and returns where the dataset starts. */
function readMeta(
  bytes: Uint8Array,
  view: DataView,
  reader: DatasetReader,
  meta: DicomDataset,
  start: number,
): number {
  const end = bytes.byteLength;
  if (end - start < 8 || view.getUint16(start, true) !== 0x0002) {
    throw new DicomParseError(
      'BAD_META',
      `no file meta group after the DICM prefix at offset ${start}`,
      start,
    );
  }
  // Some writers put the meta group in implicit VR; tolerate it when the first element says so.
  const explicit = vrAt(view, start + 4) !== undefined;
  if (view.getUint16(start + 2, true) === 0x0000) {
    // Explicit (tag, VR, 2-byte length) and implicit (tag, 4-byte length) headers are both 8 bytes here.
    const valueLength = explicit ? view.getUint16(start + 6, true) : view.getUint32(start + 4, true);
    if (valueLength !== 4 || end - start < 12) {
      throw new DicomParseError(
        'BAD_META',
        `malformed File Meta Information Group Length at offset ${start}`,
        start,
      );
    }
    const groupLength = view.getUint32(start + 8, true);
    const bodyStart = start + 12;
    if (groupLength > end - bodyStart) {
      throw new DicomParseError(
        'TRUNCATED',
        `the file meta group declares ${groupLength} bytes but ${end - bodyStart} remain`,
        start,
      );
    }
    const bodyEnd = bodyStart + groupLength;
    const stopped = reader.readGroup(meta, bodyStart, bodyEnd, 0x0002, explicit);
    if (stopped !== bodyEnd) {
      throw new DicomParseError(
        'BAD_META',
        `the file meta group length does not match its elements at offset ${stopped}`,
        stopped,
      );
    }
    meta.set({
      kind: 'value',
      tag: Tags.FileMetaInformationGroupLength,
      vr: 'UL',
      bytes: bytes.subarray(start + 8, bodyStart),
    });
    return bodyEnd;
  }
  return reader.readGroup(meta, start, end, 0x0002, explicit);
}

function metaString(meta: DicomDataset): string {
  return (meta.getString(Tags.TransferSyntaxUID) ?? '').replace(/[\0 ]+$/, '').trim();
}

/**
 * The declared encoding, unless the first element plainly contradicts it: files exist that declare an
 * explicit VR syntax and hold implicit VR data, or the reverse.
 */
function checkedEncoding(
  bytes: Uint8Array,
  view: DataView,
  start: number,
  declared: DatasetEncoding,
): DatasetEncoding {
  if (bytes.byteLength - start < 8) return declared;
  const le = declared.littleEndian;
  const tag = ((view.getUint16(start, le) << 16) | view.getUint16(start + 2, le)) >>> 0;
  const explicitVr = vrAt(view, start + 4);
  if (declared.explicitVr && explicitVr === undefined && le) {
    const length = view.getUint32(start + 4, true);
    if (length <= bytes.byteLength - start - 8 || length === 0xffffffff) {
      return { littleEndian: true, explicitVr: false, deflated: false };
    }
  }
  if (!declared.explicitVr && explicitVr !== undefined && !isPrivateTag(tag) && tag >>> 16 !== 0x0002) {
    const known = dictionaryVr(tag);
    const matches =
      known === explicitVr || (known === 'US|SS' && (explicitVr === 'US' || explicitVr === 'SS'));
    if (matches && (!hasLongLength(explicitVr) || view.getUint16(start + 6, true) === 0)) {
      return { littleEndian: true, explicitVr: true, deflated: false };
    }
  }
  return declared;
}

/** A dataset with no preamble and no meta: the encoding is detected from its first element. */
function parseBareDataset(bytes: Uint8Array, view: DataView, reader: DatasetReader): DicomFile {
  if (bytes.byteLength < 8) throw new DicomParseError('NOT_DICOM', 'the input is too short to be DICOM', 0);
  // Real datasets open with group 0008 or near it; demanding that keeps arbitrary files from being sniffed as
  // DICOM (the whole parse must then succeed as well).
  const plausibleGroup = (group: number) =>
    group >= 0x0002 && group <= 0x0030 && group !== 0x0003 && group !== 0x0005 && group !== 0x0007;
  const explicitVr = vrAt(view, 4);
  let encoding: DatasetEncoding | null = null;
  if (explicitVr !== undefined && plausibleGroup(view.getUint16(0, true))) {
    encoding = { littleEndian: true, explicitVr: true, deflated: false };
  } else if (explicitVr !== undefined && plausibleGroup(view.getUint16(0, false))) {
    encoding = { littleEndian: false, explicitVr: true, deflated: false };
  } else if (plausibleGroup(view.getUint16(0, true)) && view.getUint32(4, true) <= bytes.byteLength - 8) {
    encoding = { littleEndian: true, explicitVr: false, deflated: false };
  }
  if (!encoding)
    throw new DicomParseError('NOT_DICOM', 'no DICM prefix and no recognisable dataset at offset 0', 0);
  const dataset = new DicomDataset(encoding.littleEndian);
  reader.readTopLevel(dataset, 0, bytes.byteLength, encoding.explicitVr, encoding.littleEndian);
  return {
    preamble: null,
    meta: new DicomDataset(true),
    dataset,
    transferSyntaxUid: nativeTransferSyntaxFor(encoding),
    encoding,
  };
}

/** Raw DEFLATE (some writers add a zlib header) with a bound on the output size. */
function inflate(compressed: Uint8Array, maxOutputLength: number): Uint8Array {
  let tooLarge = false;
  for (const fn of [inflateRawSync, inflateSync]) {
    try {
      const inflated = fn(compressed, { maxOutputLength });
      return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
    } catch (error) {
      // Errors from node:zlib may come from another realm (test runners), so look at their fields only.
      const { code, name } = (error ?? {}) as { code?: unknown; name?: unknown };
      if (code === 'ERR_BUFFER_TOO_LARGE' || name === 'RangeError') tooLarge = true;
    }
    if (tooLarge) break;
  }
  if (tooLarge)
    throw new DicomParseError('TOO_LARGE', `the deflated dataset inflates beyond ${maxOutputLength} bytes`);
  throw new DicomParseError('BAD_DEFLATE', 'the deflated dataset cannot be inflated');
}
