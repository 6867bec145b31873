import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDicom } from '../parse-dicom';
import { decodePixelData } from './pixel-decoder';
import { describeWithCorpus } from '../testing';

// GDCM (gdcmconv --raw) is an independent decoder: our frames must agree with its output exactly for
// lossless codestreams and within a few levels for lossy ones (different IDCT and upsampling code).

const gdcmAvailable = !spawnSync('gdcmconv', ['--version']).error;

function ybrFullToRgb(ybr: Uint8Array): Uint8Array {
  const rgb = new Uint8Array(ybr.length);
  // Plain comparisons: Math.* calls are slow inside Jest's sandbox.
  const clamp = (v: number) => (v <= 0 ? 0 : v >= 255 ? 255 : (v + 0.5) | 0);
  for (let i = 0; i < ybr.length; i += 3) {
    const y = ybr[i] as number;
    const cb = (ybr[i + 1] as number) - 128;
    const cr = (ybr[i + 2] as number) - 128;
    rgb[i] = clamp(y + 1.402 * cr);
    rgb[i + 1] = clamp(y - 0.344136 * cb - 0.714136 * cr);
    rgb[i + 2] = clamp(y + 1.772 * cb);
  }
  return rgb;
}

describeWithCorpus('decodePixelData agrees with GDCM', (corpus) => {
  const run = gdcmAvailable ? it.each : it.skip.each;
  if (!gdcmAvailable) console.warn('gdcmconv not found: skipping the GDCM comparison');

  run([
    ['pydicom-data/US1_J2KR.dcm', 0],
    ['pydicom-data/OBXXXX1A_rle.dcm', 0],
    ['dcm4che/jpeg-ls-Palette.dcm', 0],
    ['dicom-test-files-WG04/NM1_JLSN', 0],
    ['dicom-test-files-WG04/XA1_JPLL', 0],
    ['dicom-test-files-WG04/VL1_J2KI', 2],
    ['pydicom-data/RG3_J2KI.dcm', 2],
    ['pydicom/examples_ybr_color.dcm', 6],
    ['dicomParser/IM00001.fragmented_no_bot_jpeg_baseline.50.dcm', 6],
    ['dicomParser/CT0012.fragmented_no_bot_jpeg_baseline.51.dcm', 2],
  ])('%s (tolerance %d)', async (file, tolerance) => {
    const dir = mkdtempSync(join(tmpdir(), 'gdcm-'));
    try {
      const out = join(dir, 'raw.dcm');
      const conversion = spawnSync('gdcmconv', ['--raw', join(corpus.dir, file), out]);
      expect(conversion.status).toBe(0);
      const reference = parseDicom(new Uint8Array(readFileSync(out)));
      const referenceFrames = (await decodePixelData(reference.dataset, reference.transferSyntaxUid)).frames;
      const ours = await decodePixelData(
        parseDicom(corpus.read(file)).dataset,
        parseDicom(corpus.read(file)).transferSyntaxUid,
      );
      const convert =
        reference.dataset.getString(0x00280004) === 'YBR_FULL' &&
        ours.description.photometricInterpretation === 'RGB';
      expect(ours.frames).toHaveLength(referenceFrames.length);
      const wide = ours.description.bitsAllocated === 16;
      let worst = 0;
      ours.frames.forEach((frame, f) => {
        const stored = referenceFrames[f] as Uint8Array;
        const expected = convert ? ybrFullToRgb(stored) : stored;
        expect(frame.byteLength).toBe(expected.byteLength);
        const a = wide ? new Uint16Array(frame.slice().buffer) : frame;
        const b = wide ? new Uint16Array(expected.slice().buffer) : expected;
        for (let i = 0; i < a.length; i++) {
          const difference = (a[i] as number) - (b[i] as number);
          if (difference > worst) worst = difference;
          else if (-difference > worst) worst = -difference;
        }
      });
      expect(worst).toBeLessThanOrEqual(tolerance);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
