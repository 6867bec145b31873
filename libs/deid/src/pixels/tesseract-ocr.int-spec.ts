import { parseDicom } from '@lattice/dicom';
import { applyPixelPolicy } from './apply-pixel-policy';
import { DEFAULT_PIXEL_RULES } from './default-pixel-rules';
import type { PixelStepResult } from './pixel-policy';
import { drawText } from './spec-support/bitmap-font';
import { findCorpus } from '@lattice/dicom/testing';
import { description, syntheticFile } from './spec-support/synthetic-image';
import { TesseractOcr } from './tesseract-ocr';

// Real Tesseract, offline: the model is read from @tesseract.js-data/eng on disk (this machine has no
// network), one worker shared by every case as the pipeline shares it across files.

const US = {
  sopClass: '1.2.840.10008.5.1.4.1.1.6.1',
  modality: 'US',
  manufacturer: 'Nobody Wrote A Rule Inc.',
};
const desc = description({ rows: 240, columns: 320 });

/** A dark, speckled ultrasound-like frame. */
function speckle(seed: number): Uint8Array {
  const frame = new Uint8Array(desc.rows * desc.columns);
  let state = seed;
  for (let i = 0; i < frame.length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    frame[i] = (state >>> 27) + (i % desc.columns > 100 && i % desc.columns < 220 ? 40 : 0);
  }
  return frame;
}

describe('TesseractOcr in the pixel policy', () => {
  let ocr: TesseractOcr;
  beforeAll(async () => {
    ocr = await TesseractOcr.start();
  }, 60_000);
  afterAll(() => ocr.close());

  async function run(frame: Uint8Array): Promise<PixelStepResult> {
    const file = await syntheticFile(US, desc, [frame], 'explicit-le');
    return applyPixelPolicy(file, { rules: DEFAULT_PIXEL_RULES, ocr: { engine: ocr } });
  }

  it('flags a name, id, date and site left below the blanked banner', async () => {
    // Plain 5x7 glyphs, the size scanners print at: Tesseract reads most of them at 80-95 confidence.
    const frame = speckle(3);
    drawText(frame, desc.columns, 'DOE JANE', { x: 20, y: 100 }, 1, 235);
    drawText(frame, desc.columns, '1947-03-12', { x: 20, y: 130 }, 1, 235);
    drawText(frame, desc.columns, 'ID 20458', { x: 20, y: 160 }, 1, 235);
    drawText(frame, desc.columns, 'ST MARY HOSPITAL', { x: 20, y: 190 }, 1, 235);
    const result = await run(frame);
    expect(result).toMatchObject({ action: 'quarantine', code: 'OCR_TEXT_FOUND' });
    expect(JSON.stringify(result)).not.toMatch(/DOE|JANE|1947|MARY/);
  }, 30_000);

  it('passes the image once the only text sat in the banner the rule blanks', async () => {
    const frame = speckle(4);
    drawText(frame, desc.columns, 'DOE JANE 1947', { x: 10, y: 10 }, 1, 235);
    drawText(frame, desc.columns, 'ST MARY HOSPITAL', { x: 10, y: 24 }, 1, 235);
    expect(await run(frame)).toMatchObject({ action: 'redacted', ruleId: 'ultrasound-top-banner' });
  }, 30_000);

  it('reads real scanner text that no rule covers (corpus, GE LOGIQ 700 labels)', async () => {
    const corpus = findCorpus();
    if (!corpus) {
      console.warn('DICOM corpus not found (set LATTICE_DICOM_CORPUS): skipping the corpus OCR case');
      return;
    }
    const timings: string[] = [];
    for (const file of [
      'pydicom-data/US1_J2KR.dcm',
      'pydicom-data/OBXXXX1A_rle.dcm',
      'dcm4che/YBR_422.dcm',
      'pydicom/examples_ybr_color.dcm',
    ]) {
      const input = parseDicom(corpus.read(file));
      const started = performance.now();
      const result = await applyPixelPolicy(input, { rules: DEFAULT_PIXEL_RULES, ocr: { engine: ocr } });
      timings.push(
        `${file}: ${result.action} ${result.action === 'quarantine' ? result.code : ''} ${(performance.now() - started).toFixed(0)} ms`,
      );
      if (file === 'pydicom-data/US1_J2KR.dcm')
        expect(result).toMatchObject({ action: 'quarantine', code: 'OCR_TEXT_FOUND' });
    }
    console.log(`policy with OCR, per image:\n${timings.join('\n')}`);
  }, 60_000);
});
