import { inflateRawSync } from 'node:zlib';
import type { DicomDataset } from '../dataset';
import { Tags } from '../tag';
import { checkCodestreamEnd, checkCodestreamGeometry } from './codestream-header';
import { splitEncapsulatedFrames } from './encapsulated-frames';
import {
  decodedFrameByteLength,
  describeImagePixels,
  nativeFrameByteLength,
  type ImagePixelDescription,
} from './image-pixel-description';
import { expandYbrFull422, splitNativeFrames } from './native-frames';
import { PixelDataError } from './pixel-data-error';
import { PixelTags } from './pixel-tags';
import { pixelEncodingOf, type PixelCodecName } from './pixel-transfer-syntaxes';
import { decodeRleFrame } from './rle-codec';
import { DEFAULT_CODEC_TIMEOUT_MS, decodeWithWasm } from './wasm-codecs';

/** Decoded frames of an image, little endian, ready to read or redact. */
export interface DecodedPixels {
  /** The description of `frames`: Photometric Interpretation and Planar Configuration as decoded. */
  readonly description: ImagePixelDescription;
  /** One buffer per frame. Native little-endian frames are views into the dataset: never write to them. */
  readonly frames: readonly Uint8Array[];
  /** The source was lossy-compressed (by its transfer syntax or Lossy Image Compression "01"). */
  readonly lossy: boolean;
  /** Whether anything was decoded or converted (false: frames are the stored bytes as they are). */
  readonly transformed: boolean;
}

export interface PixelDecodeOptions {
  /** Refuse images whose decoded frames together exceed this many bytes (default 1 GiB). */
  readonly maxDecodedBytes?: number;
  /** Stop a JPEG / JPEG-LS / JPEG 2000 frame decode after this many milliseconds (default 20 s). */
  readonly codecTimeoutMs?: number;
}

export const DEFAULT_MAX_DECODED_BYTES = 1024 * 1024 * 1024;

/**
 * Reads every frame of a dataset's Pixel Data under a transfer syntax: native (little or big endian,
 * single-bit, YBR_FULL_422), RLE, deflated frames, and JPEG / JPEG-LS / JPEG 2000 / HTJ2K through
 * the WebAssembly codecs. The decoded size is checked against the bound before anything is allocated.
 */
export async function decodePixelData(
  dataset: DicomDataset,
  transferSyntaxUid: string,
  options: PixelDecodeOptions = {},
): Promise<DecodedPixels> {
  const description = describeImagePixels(dataset);
  const element = dataset.get(Tags.PixelData);
  if (!element) throw new PixelDataError('MISSING_ATTRIBUTE', 'Pixel Data is missing');
  const limit = options.maxDecodedBytes ?? DEFAULT_MAX_DECODED_BYTES;
  const decodedBytes = decodedFrameByteLength(description) * description.numberOfFrames;
  if (decodedBytes > limit) {
    throw new PixelDataError(
      'TOO_LARGE',
      `decoded image would take ${decodedBytes} bytes, more than the ${limit} allowed`,
    );
  }
  const encoding = pixelEncodingOf(transferSyntaxUid);
  if (!encoding)
    throw new PixelDataError(
      'UNSUPPORTED_TRANSFER_SYNTAX',
      `transfer syntax ${safeUid(transferSyntaxUid)} is not known`,
    );
  const lossy =
    (encoding.kind === 'encapsulated' && encoding.lossy) ||
    dataset.getString(Tags.LossyImageCompression) === '01';

  if (encoding.kind === 'native') {
    if (element.kind !== 'value')
      throw new PixelDataError('BAD_FRAME_LAYOUT', 'native transfer syntax with encapsulated pixel data');
    const frames = splitNativeFrames(element.bytes, element.vr, description, dataset.littleEndian);
    if (description.photometricInterpretation === 'YBR_FULL_422') {
      return {
        description: { ...description, photometricInterpretation: 'YBR_FULL', planarConfiguration: 0 },
        frames: frames.map((frame) => expandYbrFull422(frame, description)),
        lossy,
        transformed: true,
      };
    }
    return { description, frames, lossy, transformed: !dataset.littleEndian };
  }

  if (element.kind !== 'encapsulated') {
    throw new PixelDataError('BAD_FRAME_LAYOUT', 'encapsulated transfer syntax with native pixel data');
  }
  const codec = encoding.codec;
  const codestreams = splitEncapsulatedFrames(
    element,
    description.numberOfFrames,
    codec,
    extendedOffsets(dataset),
  );
  const frames: Uint8Array[] = [];
  let photometric = description.photometricInterpretation;
  for (const codestream of codestreams) {
    const decoded = await decodeFrame(
      codec,
      codestream,
      description,
      options.codecTimeoutMs ?? DEFAULT_CODEC_TIMEOUT_MS,
    );
    frames.push(decoded.pixels);
    photometric = decoded.photometricInterpretation;
  }
  const planarConfiguration = codec === 'deflate' ? description.planarConfiguration : 0;
  return {
    description: { ...description, photometricInterpretation: photometric, planarConfiguration },
    frames,
    lossy,
    transformed: true,
  };
}

async function decodeFrame(
  codec: PixelCodecName,
  codestream: Uint8Array,
  description: ImagePixelDescription,
  timeoutMs: number,
): Promise<{ pixels: Uint8Array; photometricInterpretation: string }> {
  const photometricInterpretation = description.photometricInterpretation;
  switch (codec) {
    case 'rle':
      return { pixels: decodeRleFrame(codestream, description), photometricInterpretation };
    case 'deflate':
      return {
        pixels: inflateFrame(codestream, nativeFrameByteLength(description)),
        photometricInterpretation,
      };
    case 'jpeg':
    case 'jpeg-ls':
      checkCodestreamGeometry(codestream, 'jpeg', description);
      checkCodestreamEnd(codestream);
      return decodeWithWasm(codec, codestream, description, timeoutMs);
    case 'jpeg-2000':
    case 'htj2k':
      checkCodestreamGeometry(codestream, 'jpeg-2000', description);
      checkCodestreamEnd(codestream);
      return decodeWithWasm(codec, codestream, description, timeoutMs);
    case 'jpeg-xl':
    case 'video':
      throw new PixelDataError(
        'UNSUPPORTED_TRANSFER_SYNTAX',
        `${codec === 'video' ? 'video' : 'JPEG XL'} pixel data is not decoded here`,
      );
  }
}

function inflateFrame(codestream: Uint8Array, expected: number): Uint8Array {
  let inflated: Buffer;
  try {
    inflated = inflateRawSync(codestream, { maxOutputLength: Math.max(expected, 1) });
  } catch {
    throw new PixelDataError('CODEC_FAILED', `deflated frame does not inflate to ${expected} bytes`);
  }
  if (inflated.byteLength !== expected) {
    throw new PixelDataError(
      'CODEC_FAILED',
      `deflated frame inflates to ${inflated.byteLength} bytes, ${expected} expected`,
    );
  }
  return new Uint8Array(inflated.buffer, inflated.byteOffset, inflated.byteLength);
}

function extendedOffsets(dataset: DicomDataset): { offsets: Uint8Array } | undefined {
  const element = dataset.get(PixelTags.ExtendedOffsetTable);
  return element?.kind === 'value' ? { offsets: element.bytes } : undefined;
}

function safeUid(uid: string): string {
  return /^[0-9.]{1,64}$/.test(uid) ? uid : '(malformed)';
}
