import { Context, NativeCodecs } from 'dcmjs-codecs';
import { decodedFrameByteLength, type ImagePixelDescription } from './image-pixel-description';
import { PixelDataError } from './pixel-data-error';

/** The codecs of `dcmjs-codecs` (libjpeg-turbo, CharLS, OpenJPEG, OpenJPH compiled to WebAssembly). */
export type WasmCodec = 'jpeg' | 'jpeg-ls' | 'jpeg-2000' | 'htj2k';

/** One decoded frame and the photometric interpretation its samples are now in. */
export interface WasmDecodedFrame {
  readonly pixels: Uint8Array;
  readonly photometricInterpretation: string;
}

let loading: Promise<void> | undefined;

/** Instantiates the WebAssembly module once per thread (about 50 ms); later calls share it. */
export function loadWasmCodecs(): Promise<void> {
  loading ??= NativeCodecs.initializeAsync({ logCodecsInfo: false, logCodecsTrace: false }).catch((error: unknown) => {
    loading = undefined;
    throw new PixelDataError('UNSUPPORTED_TRANSFER_SYNTAX', `the WebAssembly codecs could not be loaded: ${describe(error)}`);
  });
  return loading;
}

/**
 * Decodes one frame. The caller has checked the codestream header against the description, so the
 * decoder's output size is bounded by the dataset; the output is still verified byte for byte.
 */
export async function decodeWithWasm(
  codec: WasmCodec,
  codestream: Uint8Array,
  description: ImagePixelDescription,
): Promise<WasmDecodedFrame> {
  await loadWasmCodecs();
  const source = description.photometricInterpretation;
  const color = description.samplesPerPixel === 3;
  const context = new Context({
    width: description.columns,
    height: description.rows,
    bitsAllocated: description.bitsAllocated,
    bitsStored: description.bitsStored,
    samplesPerPixel: description.samplesPerPixel,
    pixelRepresentation: description.pixelRepresentation,
    planarConfiguration: description.planarConfiguration,
    photometricInterpretation: source,
    encodedBuffer: codestream,
  });
  let decoded: Context;
  try {
    switch (codec) {
      case 'jpeg':
        // libjpeg converts YCbCr to RGB itself; a lossless RGB stream stays as it is.
        decoded = NativeCodecs.decodeJpeg(context, { convertColorspaceToRgb: color && source !== 'RGB' });
        break;
      case 'jpeg-ls':
        decoded = NativeCodecs.decodeJpegLs(context, {});
        break;
      case 'jpeg-2000':
        decoded = NativeCodecs.decodeJpeg2000(context, {});
        break;
      case 'htj2k':
        decoded = NativeCodecs.decodeHtJpeg2000(context, {});
        break;
    }
  } catch (error) {
    // A codec error unwinds through the module without freeing its buffers: start a fresh instance.
    NativeCodecs.release();
    loading = undefined;
    throw new PixelDataError('CODEC_FAILED', `${codec} decoder: ${describe(error)}`);
  }
  const pixels = decoded.getDecodedBuffer();
  const expected = decodedFrameByteLength(description);
  if (!pixels || pixels.byteLength !== expected) {
    throw new PixelDataError('CODEC_FAILED', `${codec} decoder produced ${pixels?.byteLength ?? 0} bytes, ${expected} expected`);
  }
  return { pixels, photometricInterpretation: decodedPhotometric(codec, source, color) };
}

function decodedPhotometric(codec: WasmCodec, source: string, color: boolean): string {
  if (!color) return source;
  if (codec === 'jpeg') return 'RGB';
  // The JPEG 2000 decoders undo the reversible and irreversible component transforms.
  if ((codec === 'jpeg-2000' || codec === 'htj2k') && (source === 'YBR_RCT' || source === 'YBR_ICT')) return 'RGB';
  return source;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[^\x20-\x7e]/g, '').slice(0, 200);
}
