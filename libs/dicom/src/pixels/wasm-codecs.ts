import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { decodedFrameByteLength, type ImagePixelDescription } from './image-pixel-description';
import { PixelDataError } from './pixel-data-error';

/** The codecs of `dcmjs-codecs` (libjpeg-turbo, CharLS, OpenJPEG, OpenJPH compiled to WebAssembly). */
export type WasmCodec = 'jpeg' | 'jpeg-ls' | 'jpeg-2000' | 'htj2k';

/** One decoded frame and the photometric interpretation its samples are now in. */
export interface WasmDecodedFrame {
  readonly pixels: Uint8Array;
  readonly photometricInterpretation: string;
}

/** Default time one frame may take to decode before the codec thread is stopped. */
export const DEFAULT_CODEC_TIMEOUT_MS = 20_000;

// The decoders run in their own thread: a damaged codestream can keep one busy for many seconds
// (seen: a JPEG-LS stream with a few changed bytes, 20 s), and only a separate thread can be stopped.
// The thread's source is plain JavaScript so it runs the same under Node, Jest and the bundled apps.
const CODEC_THREAD_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { NativeCodecs, Context } = require(workerData.codecsPath);
let ready = NativeCodecs.initializeAsync({ logCodecsInfo: false, logCodecsTrace: false });
parentPort.on('message', async (job) => {
  try {
    await ready;
    const decoded = NativeCodecs[job.method](new Context(job.context), job.parameters);
    const pixels = decoded.getDecodedBuffer();
    parentPort.postMessage({ id: job.id, pixels }, [pixels.buffer]);
  } catch (error) {
    parentPort.postMessage({ id: job.id, error: String((error && error.message) || error) });
    // A failed decode unwinds through the module without freeing its buffers: start a fresh instance.
    NativeCodecs.release();
    ready = NativeCodecs.initializeAsync({ logCodecsInfo: false, logCodecsTrace: false });
  }
});
`;

interface Pending {
  readonly resolve: (pixels: Uint8Array) => void;
  readonly reject: (error: PixelDataError) => void;
  readonly timer: NodeJS.Timeout;
}

interface CodecReply {
  readonly id: number;
  readonly pixels?: Uint8Array;
  readonly error?: string;
}

/** One codec thread per process (or per worker thread), started on first use and idle-unref'd. */
class CodecThread {
  private worker: Worker | undefined;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  run(
    method: string,
    context: Record<string, unknown>,
    parameters: Record<string, unknown>,
    timeoutMs: number,
  ): Promise<Uint8Array> {
    const worker = this.started();
    const id = this.nextId++;
    return new Promise<Uint8Array>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          this.stop(
            new PixelDataError('CODEC_FAILED', `decoding one frame took longer than ${timeoutMs} ms`),
          ),
        timeoutMs,
      );
      this.pending.set(id, { resolve, reject, timer });
      worker.ref();
      worker.postMessage({ id, method, context, parameters });
    });
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const codecsPath = createRequire(__filename).resolve('dcmjs-codecs');
    const worker = new Worker(CODEC_THREAD_SOURCE, { eval: true, workerData: { codecsPath } });
    worker.on('message', (reply: CodecReply) => this.settle(reply));
    worker.on('error', (error) =>
      this.stop(new PixelDataError('CODEC_FAILED', `codec thread failed: ${describe(error)}`)),
    );
    worker.on('exit', () => {
      if (this.worker === worker) this.worker = undefined;
    });
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private settle(reply: CodecReply): void {
    const job = this.pending.get(reply.id);
    if (!job) return;
    this.pending.delete(reply.id);
    clearTimeout(job.timer);
    if (this.pending.size === 0) this.worker?.unref();
    if (reply.pixels) job.resolve(reply.pixels);
    else job.reject(new PixelDataError('CODEC_FAILED', describe(reply.error)));
  }

  /** Fails every job in flight and ends the thread; the next decode starts a new one. */
  private stop(error: PixelDataError): void {
    const worker = this.worker;
    this.worker = undefined;
    for (const job of this.pending.values()) {
      clearTimeout(job.timer);
      job.reject(error);
    }
    this.pending.clear();
    void worker?.terminate();
  }
}

const thread = new CodecThread();

const METHODS: Record<WasmCodec, string> = {
  jpeg: 'decodeJpeg',
  'jpeg-ls': 'decodeJpegLs',
  'jpeg-2000': 'decodeJpeg2000',
  htj2k: 'decodeHtJpeg2000',
};

/**
 * Decodes one frame in the codec thread. The caller has checked the codestream header against the
 * description, so the decoder's output size is bounded by the dataset; the output is still verified.
 */
export async function decodeWithWasm(
  codec: WasmCodec,
  codestream: Uint8Array,
  description: ImagePixelDescription,
  timeoutMs: number = DEFAULT_CODEC_TIMEOUT_MS,
): Promise<WasmDecodedFrame> {
  const source = description.photometricInterpretation;
  const color = description.samplesPerPixel === 3;
  const context = {
    width: description.columns,
    height: description.rows,
    bitsAllocated: description.bitsAllocated,
    bitsStored: description.bitsStored,
    samplesPerPixel: description.samplesPerPixel,
    pixelRepresentation: description.pixelRepresentation,
    planarConfiguration: description.planarConfiguration,
    photometricInterpretation: source,
    encodedBuffer: codestream,
  };
  // libjpeg converts YCbCr to RGB itself; a lossless RGB stream stays as it is.
  const parameters = codec === 'jpeg' ? { convertColorspaceToRgb: color && source !== 'RGB' } : {};
  let pixels: Uint8Array;
  try {
    pixels = await thread.run(METHODS[codec], context, parameters, timeoutMs);
  } catch (error) {
    if (error instanceof PixelDataError)
      throw new PixelDataError(error.code, `${codec} decoder: ${error.message}`);
    throw error;
  }
  const expected = decodedFrameByteLength(description);
  if (pixels.byteLength !== expected) {
    throw new PixelDataError(
      'CODEC_FAILED',
      `${codec} decoder produced ${pixels.byteLength} bytes, ${expected} expected`,
    );
  }
  return { pixels, photometricInterpretation: decodedPhotometric(codec, source, color) };
}

function decodedPhotometric(codec: WasmCodec, source: string, color: boolean): string {
  if (!color) return source;
  if (codec === 'jpeg') return 'RGB';
  // The JPEG 2000 decoders undo the reversible and irreversible component transforms.
  if ((codec === 'jpeg-2000' || codec === 'htj2k') && (source === 'YBR_RCT' || source === 'YBR_ICT'))
    return 'RGB';
  return source;
}

function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/[^\x20-\x7e]/g, '').slice(0, 200);
}
