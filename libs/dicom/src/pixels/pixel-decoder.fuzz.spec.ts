import fc from 'fast-check';
import type { EncapsulatedElement } from '../dataset';
import { parseDicom } from '../parse-dicom';
import { Tags } from '../tag';
import { describeImagePixels } from './image-pixel-description';
import { decodePixelData } from './pixel-decoder';
import { PixelDataError } from './pixel-data-error';
import { describeWithCorpus } from '../testing';
import { decodeWithWasm } from './wasm-codecs';

// Damaged codestreams must end in a PixelDataError or a decode of the declared size: never another
// exception, never a hang. The run count is moderate; LATTICE_FUZZ_RUNS raises it.
const RUNS = Number(process.env['LATTICE_FUZZ_RUNS'] ?? 40);

describeWithCorpus('decodePixelData on damaged codestreams', (corpus) => {
  it.each([
    'pydicom/MR_small_RLE.dcm',
    'pydicom/MR_small_jpeg_ls_lossless.dcm',
    'pydicom/MR_small_jp2klossless.dcm',
    'pydicom/SC_rgb_jpeg_dcmtk.dcm',
    'dicomParser/CT0012.fragmented_no_bot_jpeg_lossless.57.dcm',
    'pydicom-data/HTJ2KLossless_08_RGB.dcm',
  ])(
    '%s',
    async (file) => {
      const parsed = parseDicom(corpus.read(file));
      const element = parsed.dataset.get(Tags.PixelData) as EncapsulatedElement;
      await fc.assert(
        fc.asyncProperty(
          fc.nat(),
          fc.array(fc.record({ at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }), {
            minLength: 1,
            maxLength: 8,
          }),
          fc.option(fc.nat(), { nil: undefined }),
          async (fragmentPick, edits, cut) => {
            const index = 1 + (fragmentPick % (element.fragments.length - 1));
            const original = element.fragments[index] as Uint8Array;
            let damaged = original.slice();
            for (const edit of edits) damaged[edit.at % damaged.length] = edit.value;
            if (cut !== undefined) damaged = damaged.subarray(0, cut % (damaged.length + 1));
            const fragments = element.fragments.map((fragment, i) => (i === index ? damaged : fragment));
            parsed.dataset.set({ ...element, fragments });
            const started = Date.now();
            try {
              const decoded = await decodePixelData(parsed.dataset, parsed.transferSyntaxUid, {
                codecTimeoutMs: 2000,
              });
              expect(decoded.frames.length).toBeGreaterThan(0);
            } catch (error) {
              expect(error).toBeInstanceOf(PixelDataError);
            } finally {
              parsed.dataset.set(element);
            }
            expect(Date.now() - started).toBeLessThan(4000);
          },
        ),
        { numRuns: RUNS, seed: 1234 },
      );
    },
    120_000,
  );
});

describeWithCorpus('the codec thread time limit', (corpus) => {
  it('stops a frame that keeps the decoder busy, and decodes the next frame normally', async () => {
    // A JPEG-LS stream with three bytes changed and cut at 2199 bytes: CharLS spends about 20 s on it.
    const parsed = parseDicom(corpus.read('pydicom/MR_small_jpeg_ls_lossless.dcm'));
    const element = parsed.dataset.get(Tags.PixelData) as EncapsulatedElement;
    const damaged = (element.fragments[1] as Uint8Array).slice();
    damaged[3155] = 232;
    damaged[63] = 120;
    damaged[1550] = 150;
    const description = describeImagePixels(parsed.dataset);
    const started = Date.now();
    await expect(
      decodeWithWasm('jpeg-ls', damaged.subarray(0, 2199), description, 1000),
    ).rejects.toMatchObject({
      code: 'CODEC_FAILED',
      message: expect.stringContaining('longer than 1000 ms'),
    });
    expect(Date.now() - started).toBeLessThan(5000);
    const decoded = await decodePixelData(parsed.dataset, parsed.transferSyntaxUid);
    expect(decoded.frames[0]?.byteLength).toBe(64 * 64 * 2);
  }, 30_000);
});
