import { decodePixelData, parseDicom, serializeDicom, Tags, type DicomFile } from '@lattice/dicom';
import { applyPixelPolicy } from './apply-pixel-policy';
import { DEFAULT_PIXEL_RULES } from './default-pixel-rules';
import type { PixelStepResult } from './pixel-policy';
import { describeWithCorpus } from '@lattice/dicom/testing';

// What the policy does to each corpus file that is risky or otherwise interesting, with the default
// rules and no OCR. Every other parseable file must come out `unchanged` with its pixel bytes untouched.
const EXPECTED: Readonly<Record<string, string>> = {
  // Ultrasound with burned-in text: device rules measured on these very images, or the banner default.
  'pydicom-data/OBXXXX1A_rle.dcm': 'redacted philips-cx50-800x600',
  'pydicom-data/US1_J2KR.dcm': 'redacted ge-logiq-700-640x480',
  'pydicom-data/gdcm-US-ALOKA-16.dcm': 'redacted aloka-ssd-4000-640x480',
  'dcm4che/YBR_422.dcm': 'redacted esaote-6100-800x555',
  'pydicom/examples_ybr_color.dcm': 'redacted sonosite-turbo-320x240',
  'dcm4che/US-RGB-8-esopecho': 'redacted ultrasound-top-banner',
  'dcm4che/jpeg-ls-Palette.dcm': 'redacted ultrasound-top-banner',
  'dicomParser/IM00001.fragmented_no_bot_jpeg_baseline.50.dcm': 'redacted ultrasound-top-banner',
  'pydicom/ExplVR_BigEnd.dcm': 'redacted ultrasound-top-banner',
  // Secondary captures and screen-like images: no rule can know where their text is.
  'pydicom/SC_rgb_jpeg_dcmtk.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'pydicom/SC_rgb_rle_2frame.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'pydicom-data/SC_rgb_expb_2frame.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'pydicom-data/HTJ2KLossless_08_RGB.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'pydicom-data/JLSL_16_15_1_1F.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'pydicom/JPEGLSNearLossless_16.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'pydicom/JPEG2000.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'pydicom/JPGExtended.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'fo-dicom/GH538-jpeg1.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'fo-dicom/1403-OB.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'dicom-test-files-WG04/XA1_JPLL': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'dicom-test-files-WG04/NM1_JLSN': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'dicom-test-files-WG04/VL1_J2KI': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'dwv/osirix-cerebrix.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'dwv/leadtools-8BitsJpegLossyGrayScale.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'dicom-cookies/cookie-1_image1.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'weasis-dicom-tools/imageForPrLUTs.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'cornerstone3D/TestPattern_JPEG-Baseline_YBR422.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'dcm4che/OT-PAL-8-face': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  'pydicom/image_dfl.dcm': 'quarantine BURNED_IN_PIXELS_UNVERIFIED',
  ...Object.fromEntries(
    ['chrArab', 'chrFren', 'chrGerm', 'chrGreek', 'chrH31', 'chrHbrw', 'chrRuss', 'chrX1', 'chrX2'].map(
      (name) => [`pydicom/${name}.dcm`, 'quarantine BURNED_IN_PIXELS_UNVERIFIED'],
    ),
  ),
};

// Files whose notes say a person saw burned-in text: they must never pass unchanged.
const SEEN_WITH_TEXT = [
  'pydicom-data/OBXXXX1A_rle.dcm',
  'pydicom-data/US1_J2KR.dcm',
  'dcm4che/YBR_422.dcm',
  'pydicom/examples_ybr_color.dcm',
];

function summarize(result: PixelStepResult): string {
  switch (result.action) {
    case 'unchanged':
      return 'unchanged';
    case 'redacted':
      return `redacted ${result.ruleId}`;
    case 'quarantine':
      return `quarantine ${result.code}`;
  }
}

describeWithCorpus('applyPixelPolicy over the public corpus', (corpus) => {
  const parsed: [string, () => DicomFile][] = [];
  for (const entry of corpus.entries) {
    if (entry.malformed) continue;
    try {
      parseDicom(corpus.read(entry.file));
      parsed.push([entry.file, () => parseDicom(corpus.read(entry.file))]);
    } catch {
      // The parser's own tests cover files it refuses.
    }
  }

  it('covers every file the table names', () => {
    const names = new Set(parsed.map(([file]) => file));
    for (const file of Object.keys(EXPECTED))
      expect({ file, parsed: names.has(file) }).toEqual({ file, parsed: true });
  });

  it.each(parsed)('%s', async (file, load) => {
    const input = load();
    const pixelsBefore = input.dataset.get(Tags.PixelData);
    const syntaxBefore = input.transferSyntaxUid;
    const result = await applyPixelPolicy(input, { rules: DEFAULT_PIXEL_RULES });
    expect(summarize(result)).toBe(EXPECTED[file] ?? 'unchanged');
    if (SEEN_WITH_TEXT.includes(file)) expect(result.action).not.toBe('unchanged');

    if (result.action === 'unchanged' || result.action === 'quarantine') {
      expect(input.dataset.get(Tags.PixelData)).toBe(pixelsBefore);
      expect(input.transferSyntaxUid).toBe(syntaxBefore);
      return;
    }
    // Redacted: the written file reads back, natively, with the regions blank and the flag cleared.
    const output = parseDicom(serializeDicom(input));
    expect(output.transferSyntaxUid).toBe('1.2.840.10008.1.2.1');
    expect(output.dataset.getString(Tags.BurnedInAnnotation)).toBe('NO');
    const decoded = await decodePixelData(output.dataset, output.transferSyntaxUid);
    const { columns, samplesPerPixel, bitsAllocated } = decoded.description;
    const bytesPerPixel = (samplesPerPixel * bitsAllocated) / 8;
    const first = decoded.frames[0] as Uint8Array;
    for (const region of result.regions) {
      const row = first.subarray(
        (region.y * columns + region.x) * bytesPerPixel,
        (region.y * columns + region.x + region.width) * bytesPerPixel,
      );
      expect(new Set(row).size).toBe(decoded.description.photometricInterpretation === 'YBR_FULL' ? 2 : 1);
    }
  });
});
