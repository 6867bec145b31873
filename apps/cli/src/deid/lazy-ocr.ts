import { TesseractOcr, type OcrEngine, type OcrImage, type OcrWord } from '@lattice/deid';

/**
 * Tesseract started on the first image that needs reading: a run of CT slices never redacts anything, so
 * it never pays the engine's start (0.4–1.7 s per thread).
 */
export class LazyTesseractOcr implements OcrEngine {
  private engine: Promise<TesseractOcr> | undefined;

  async recognize(image: OcrImage): Promise<readonly OcrWord[]> {
    this.engine ??= TesseractOcr.start();
    return (await this.engine).recognize(image);
  }

  async close(): Promise<void> {
    if (this.engine) await (await this.engine).close();
  }
}
