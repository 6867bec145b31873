import { IMPLEMENTATION_CLASS_UID, IMPLEMENTATION_VERSION_NAME } from '@lattice/dicom';

/** What the C-STORE command and the negotiation say about a received data set. */
export interface ReceivedObjectMeta {
  /** Affected SOP Class UID of the C-STORE request. */
  readonly sopClassUid: string;
  /** Affected SOP Instance UID of the C-STORE request. */
  readonly sopInstanceUid: string;
  /** The transfer syntax accepted for the presentation context the data set came on. */
  readonly transferSyntaxUid: string;
  /** The calling AE title, as Source Application Entity Title. */
  readonly sourceAeTitle: string;
}

const PREAMBLE_AND_PREFIX = 132;

/**
 * The 128-byte preamble, `DICM` and a File Meta Information group (explicit VR little endian) for a
 * data set received over DIMSE, so the ingest path sees a Part 10 file like any other source.
 */
export function filePreamble(meta: ReceivedObjectMeta): Buffer {
  const elements = [
    element(0x0001, 'OB', Buffer.of(0x00, 0x01)),
    element(0x0002, 'UI', uidValue(meta.sopClassUid)),
    element(0x0003, 'UI', uidValue(meta.sopInstanceUid)),
    element(0x0010, 'UI', uidValue(meta.transferSyntaxUid)),
    element(0x0012, 'UI', uidValue(IMPLEMENTATION_CLASS_UID)),
    element(0x0013, 'SH', textValue(IMPLEMENTATION_VERSION_NAME, 16)),
    ...(meta.sourceAeTitle.trim() === ''
      ? []
      : [element(0x0016, 'AE', textValue(meta.sourceAeTitle.trim(), 16))]),
  ];
  const groupLength = elements.reduce((sum, bytes) => sum + bytes.length, 0);
  const lengthElement = element(0x0000, 'UL', uint32(groupLength));
  const out = Buffer.alloc(PREAMBLE_AND_PREFIX + lengthElement.length + groupLength);
  out.write('DICM', 128, 'latin1');
  let offset = PREAMBLE_AND_PREFIX;
  for (const bytes of [lengthElement, ...elements]) offset += bytes.copy(out, offset);
  return out;
}

/** The Part 10 file: preamble and meta, then the received data set chunks, in one allocation. */
export function part10File(meta: ReceivedObjectMeta, dataset: readonly Uint8Array[]): Buffer {
  const prefix = filePreamble(meta);
  const total = dataset.reduce((sum, chunk) => sum + chunk.byteLength, prefix.length);
  const out = Buffer.allocUnsafe(total);
  prefix.copy(out, 0);
  let offset = prefix.length;
  for (const chunk of dataset) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

function element(elementNumber: number, vr: 'OB' | 'UI' | 'SH' | 'AE' | 'UL', value: Buffer): Buffer {
  if (vr === 'OB') {
    const header = Buffer.alloc(12);
    header.writeUInt16LE(0x0002, 0);
    header.writeUInt16LE(elementNumber, 2);
    header.write(vr, 4, 'latin1');
    header.writeUInt32LE(value.length, 8);
    return Buffer.concat([header, value]);
  }
  const header = Buffer.alloc(8);
  header.writeUInt16LE(0x0002, 0);
  header.writeUInt16LE(elementNumber, 2);
  header.write(vr, 4, 'latin1');
  header.writeUInt16LE(value.length, 6);
  return Buffer.concat([header, value]);
}

/** A UI value: at most 64 characters of digits and dots, padded with NUL to an even length. */
function uidValue(uid: string): Buffer {
  const clean = uid.replace(/[^0-9.]/g, '').slice(0, 64);
  return padded(clean, 0x00);
}

function textValue(text: string, max: number): Buffer {
  return padded(text.replace(/[^\x20-\x7e]/g, '').slice(0, max), 0x20);
}

function padded(text: string, pad: number): Buffer {
  const bytes = Buffer.from(text, 'latin1');
  return bytes.length % 2 === 0 ? bytes : Buffer.concat([bytes, Buffer.of(pad)]);
}

function uint32(value: number): Buffer {
  const bytes = Buffer.alloc(4);
  bytes.writeUInt32LE(value, 0);
  return bytes;
}
