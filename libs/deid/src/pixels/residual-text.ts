import type { ImagePixelDescription } from '@lattice/dicom';
import type { OcrEngine } from './ocr-engine';
import { ocrImageFromFrame } from './ocr-image';
import type { Palette } from './palette-darkest';

/** Turns the OCR pass on: the engine, and which words count as text left in a redacted image. */
export interface PixelOcrOptions {
  readonly engine: OcrEngine;
  /** Words at or above this confidence (0–100) count; default 80. */
  readonly minConfidence?: number;
  /** Words need at least this many letters or digits to count; default 3. */
  readonly minCharacters?: number;
  /** How many frames are read, from the first; default 1. */
  readonly maxFrames?: number;
  /** Enlargement before reading; default 2 below 1024 columns, else 1. */
  readonly scale?: number;
  /** Words that never count (compared case-insensitively on letters and digits), e.g. fixed device labels. */
  readonly ignoreWords?: readonly string[];
}

/** What OCR found: counts only, since the words themselves may be identifying. */
export interface ResidualText {
  readonly frame: number;
  readonly words: number;
  readonly bestConfidence: number;
}

/** Reads the first frames with OCR and reports the first one that still shows countable words. */
export async function findResidualText(
  frames: readonly Uint8Array[],
  description: ImagePixelDescription,
  palette: Palette | undefined,
  options: PixelOcrOptions,
): Promise<ResidualText | undefined> {
  const minConfidence = options.minConfidence ?? 80;
  const minCharacters = options.minCharacters ?? 3;
  const ignored = new Set((options.ignoreWords ?? []).map(normalizeWord));
  const scale = options.scale ?? (description.columns < 1024 ? 2 : 1);
  const count = Math.min(frames.length, options.maxFrames ?? 1);
  for (let index = 0; index < count; index++) {
    const image = ocrImageFromFrame(frames[index] as Uint8Array, description, palette, scale);
    const words = (await options.engine.recognize(image)).filter((word) => {
      const normalized = normalizeWord(word.text);
      return (
        word.confidence >= minConfidence && normalized.length >= minCharacters && !ignored.has(normalized)
      );
    });
    if (words.length > 0) {
      return {
        frame: index,
        words: words.length,
        bestConfidence: Math.round(Math.max(...words.map((w) => w.confidence))),
      };
    }
  }
  return undefined;
}

function normalizeWord(text: string): string {
  return text.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
}
