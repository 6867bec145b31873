import { TransferSyntax, type DatasetEncoding } from './dicom-file';

const IMPLICIT_LE: DatasetEncoding = { littleEndian: true, explicitVr: false, deflated: false };
const EXPLICIT_LE: DatasetEncoding = { littleEndian: true, explicitVr: true, deflated: false };
const EXPLICIT_BE: DatasetEncoding = { littleEndian: false, explicitVr: true, deflated: false };
const DEFLATED_LE: DatasetEncoding = { littleEndian: true, explicitVr: true, deflated: true };

/** JPIP Referenced Deflate: the dataset is deflated like 1.2.840.10008.1.2.1.99. */
const JPIP_REFERENCED_DEFLATE = '1.2.840.10008.1.2.4.95';

/**
 * How a transfer syntax encodes the dataset. Every transfer syntax other than the three native ones and the
 * deflated ones is explicit VR little endian (PS3.5 Annex A), including private ones, which the parser then
 * checks against the bytes.
 */
export function encodingForTransferSyntax(uid: string): DatasetEncoding {
  switch (uid) {
    case TransferSyntax.ImplicitVRLittleEndian:
      return IMPLICIT_LE;
    case TransferSyntax.ExplicitVRBigEndian:
      return EXPLICIT_BE;
    case TransferSyntax.DeflatedExplicitVRLittleEndian:
    case JPIP_REFERENCED_DEFLATE:
      return DEFLATED_LE;
    default:
      return EXPLICIT_LE;
  }
}

/** The native (uncompressed) transfer syntax UID for an encoding; deflated encodings map to explicit VR LE. */
export function nativeTransferSyntaxFor(
  encoding: Pick<DatasetEncoding, 'littleEndian' | 'explicitVr'>,
): string {
  if (!encoding.explicitVr) return TransferSyntax.ImplicitVRLittleEndian;
  return encoding.littleEndian ? TransferSyntax.ExplicitVRLittleEndian : TransferSyntax.ExplicitVRBigEndian;
}

const NATIVE: ReadonlySet<string> = new Set<string>([
  TransferSyntax.ImplicitVRLittleEndian,
  TransferSyntax.ExplicitVRLittleEndian,
  TransferSyntax.ExplicitVRBigEndian,
  TransferSyntax.DeflatedExplicitVRLittleEndian,
  JPIP_REFERENCED_DEFLATE,
]);

/** True for the standard syntaxes whose pixel data is native (uncompressed, not encapsulated). */
export function isNativeTransferSyntax(uid: string): boolean {
  return NATIVE.has(uid);
}

/**
 * True for the standard syntaxes whose pixel data is encapsulated (PS3.5 A.4): the JPEG family, JPEG-LS,
 * JPEG 2000, HTJ2K, MPEG and HEVC video, RLE and Deflated Image Frame Compression. Private syntaxes are
 * neither native nor encapsulated as far as this library knows.
 */
export function isEncapsulatedTransferSyntax(uid: string): boolean {
  if (uid.startsWith('1.2.840.10008.1.2.4.'))
    return uid !== '1.2.840.10008.1.2.4.94' && uid !== JPIP_REFERENCED_DEFLATE;
  return uid === TransferSyntax.RLELossless || uid === '1.2.840.10008.1.2.8.1';
}
