/** An 8-bit grayscale picture handed to OCR, row by row. */
export interface OcrImage {
  readonly width: number;
  readonly height: number;
  readonly gray: Uint8Array;
}

/** A word an OCR engine read, with its confidence from 0 to 100. */
export interface OcrWord {
  readonly text: string;
  readonly confidence: number;
}

/** The port the pixel policy reads text through; TesseractOcr is the real engine. */
export interface OcrEngine {
  recognize(image: OcrImage): Promise<readonly OcrWord[]>;
}
