/** How a transfer syntax stores pixel data, and which decoder reads it. */
export type PixelEncoding =
  | { readonly kind: 'native'; readonly littleEndian: boolean }
  | {
      readonly kind: 'encapsulated';
      readonly codec: PixelCodecName;
      /** The codestream may have lost information: Lossy Image Compression must stay "01" after decoding. */
      readonly lossy: boolean;
    };

export type PixelCodecName =
  'rle' | 'jpeg' | 'jpeg-ls' | 'jpeg-2000' | 'htj2k' | 'jpeg-xl' | 'deflate' | 'video';

const native = (littleEndian: boolean): PixelEncoding => ({ kind: 'native', littleEndian });
const codec = (name: PixelCodecName, lossy: boolean): PixelEncoding => ({
  kind: 'encapsulated',
  codec: name,
  lossy,
});

const ENCODINGS: ReadonlyMap<string, PixelEncoding> = new Map<string, PixelEncoding>([
  ['1.2.840.10008.1.2', native(true)],
  ['1.2.840.10008.1.2.1', native(true)],
  ['1.2.840.10008.1.2.1.99', native(true)],
  ['1.2.840.10008.1.2.2', native(false)],
  ['1.2.840.10008.1.2.5', codec('rle', false)],
  ['1.2.840.10008.1.2.4.50', codec('jpeg', true)],
  ['1.2.840.10008.1.2.4.51', codec('jpeg', true)],
  ['1.2.840.10008.1.2.4.53', codec('jpeg', true)],
  ['1.2.840.10008.1.2.4.55', codec('jpeg', true)],
  ['1.2.840.10008.1.2.4.57', codec('jpeg', false)],
  ['1.2.840.10008.1.2.4.70', codec('jpeg', false)],
  ['1.2.840.10008.1.2.4.80', codec('jpeg-ls', false)],
  ['1.2.840.10008.1.2.4.81', codec('jpeg-ls', true)],
  ['1.2.840.10008.1.2.4.90', codec('jpeg-2000', false)],
  ['1.2.840.10008.1.2.4.91', codec('jpeg-2000', true)],
  ['1.2.840.10008.1.2.4.201', codec('htj2k', false)],
  ['1.2.840.10008.1.2.4.202', codec('htj2k', false)],
  ['1.2.840.10008.1.2.4.203', codec('htj2k', true)],
  ['1.2.840.10008.1.2.4.110', codec('jpeg-xl', false)],
  ['1.2.840.10008.1.2.4.111', codec('jpeg-xl', true)],
  ['1.2.840.10008.1.2.4.112', codec('jpeg-xl', true)],
  ['1.2.840.10008.1.2.8.1', codec('deflate', false)],
  // MPEG-2, MPEG-4 AVC and HEVC video: recognized so the reason can say so, never decoded here.
  ...[
    '100',
    '100.1',
    '101',
    '101.1',
    '102',
    '102.1',
    '103',
    '103.1',
    '104',
    '104.1',
    '105',
    '105.1',
    '106',
    '106.1',
    '107',
    '108',
  ].map((suffix): [string, PixelEncoding] => [`1.2.840.10008.1.2.4.${suffix}`, codec('video', true)]),
]);

/** How pixel data is stored under a transfer syntax, or undefined for one this code does not know. */
export function pixelEncodingOf(transferSyntaxUid: string): PixelEncoding | undefined {
  return ENCODINGS.get(transferSyntaxUid);
}

/** The transfer syntax every redacted or decoded image is written back in. */
export const NATIVE_OUTPUT_TRANSFER_SYNTAX = '1.2.840.10008.1.2.1';
