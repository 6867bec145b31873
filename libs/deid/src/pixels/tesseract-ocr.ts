import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Worker } from 'tesseract.js';
import type { OcrEngine, OcrImage, OcrWord } from './ocr-engine';

export interface TesseractOcrOptions {
  /** Folder holding eng.traineddata.gz; default: the integer LSTM model of @tesseract.js-data/eng. */
  readonly langPath?: string;
}

/**
 * Tesseract (tesseract.js, WebAssembly in a worker thread) reading English, fully offline: the model
 * comes from the installed @tesseract.js-data/eng package and nothing is cached or fetched. Start one
 * per process or worker thread, reuse it for every file, and close it at shutdown.
 */
export class TesseractOcr implements OcrEngine {
  private constructor(private readonly worker: Worker) {}

  static async start(options: TesseractOcrOptions = {}): Promise<TesseractOcr> {
    // Loaded here, not at import: processes that never run OCR do not pay for the module.
    const { createWorker, OEM, PSM } = await import('tesseract.js');
    const langPath = options.langPath ?? defaultLangPath();
    const worker = await createWorker('eng', OEM.LSTM_ONLY, { langPath, gzip: true, cacheMethod: 'none' });
    // Overlay text is scattered words and numbers, not paragraphs. A fixed resolution keeps Tesseract
    // from estimating one per image (and printing that it did).
    await worker.setParameters({ tessedit_pageseg_mode: PSM.SPARSE_TEXT, user_defined_dpi: '300' });
    return new TesseractOcr(worker);
  }

  async recognize(image: OcrImage): Promise<readonly OcrWord[]> {
    const result = await this.worker.recognize(toPgm(image), {}, { blocks: true, text: false });
    const words: OcrWord[] = [];
    for (const block of result.data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          for (const word of line.words) words.push({ text: word.text, confidence: word.confidence });
        }
      }
    }
    return words;
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

function defaultLangPath(): string {
  const packageJson = createRequire(__filename).resolve('@tesseract.js-data/eng/package.json');
  return join(dirname(packageJson), '4.0.0_best_int');
}

/** Binary PGM (P5), which Tesseract's image reader takes as it is. */
function toPgm(image: OcrImage): Buffer {
  const header = Buffer.from(`P5\n${image.width} ${image.height}\n255\n`, 'ascii');
  return Buffer.concat([
    header,
    Buffer.from(image.gray.buffer, image.gray.byteOffset, image.gray.byteLength),
  ]);
}
