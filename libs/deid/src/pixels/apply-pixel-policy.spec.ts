import {
  decodePixelData,
  DicomDataset,
  parseDicom,
  PixelTags,
  serializeDicom,
  Tags,
  TransferSyntax,
  type DicomFile,
  type ImagePixelDescription,
} from '@lattice/dicom';
import { applyPixelPolicy, EMBEDDED_OVERLAY_RULE_ID } from './apply-pixel-policy';
import { DEFAULT_PIXEL_RULES } from './default-pixel-rules';
import type { OcrEngine, OcrWord } from './ocr-engine';
import type { PixelRegion, PixelStepResult } from './pixel-policy';
import { parsePixelRules } from './pixel-rules-file';
import {
  description,
  drawTextBlocks,
  noiseFrames,
  syntheticFile,
  type SyntheticEncoding,
} from './spec-support/synthetic-image';

const US = {
  sopClass: '1.2.840.10008.5.1.4.1.1.6.1',
  modality: 'US',
  manufacturer: 'Nobody Wrote A Rule Inc.',
  patientName: 'Doe^Jane',
};
const SC = {
  sopClass: '1.2.840.10008.5.1.4.1.1.7',
  modality: 'OT',
  manufacturer: 'Acme',
  model: 'Capture 9',
  patientName: 'Doe^Jane',
};
const CT = { sopClass: '1.2.840.10008.5.1.4.1.1.2', modality: 'CT', patientName: 'Doe^Jane' };
// The default banner: the top 15% of a 48-row image, rounded outwards.
const BANNER: PixelRegion = { x: 0, y: 0, width: 64, height: 8 };
const options = { rules: DEFAULT_PIXEL_RULES };

const siteRules = parsePixelRules(
  JSON.stringify({
    format: 'lattice-pixel-rules',
    version: 1,
    rules: [
      {
        id: 'acme-capture-9',
        match: { manufacturer: 'Acme', model: 'Capture 9' },
        regions: [
          { x: 4, y: 10, width: 20, height: 6 },
          { x: 40, y: 40, width: 24, height: 8 },
        ],
      },
    ],
  }),
  'site.json',
).followedBy(DEFAULT_PIXEL_RULES);

function inRegions(x: number, y: number, regions: readonly PixelRegion[]): boolean {
  return regions.some((r) => x >= r.x && x < r.x + r.width && y >= r.y && y < r.y + r.height);
}

/** Reads sample `s` of pixel (x, y) of a decoded little-endian frame. */
function sampleAt(frame: Uint8Array, desc: ImagePixelDescription, x: number, y: number, s: number): number {
  const pixel = y * desc.columns + x;
  const index =
    desc.planarConfiguration === 1 ? s * desc.rows * desc.columns + pixel : pixel * desc.samplesPerPixel + s;
  if (desc.bitsAllocated === 1) return ((frame[index >>> 3] as number) >>> (index & 7)) & 1;
  const view = new DataView(frame.buffer, frame.byteOffset, frame.byteLength);
  return desc.bitsAllocated === 8 ? (frame[index] as number) : view.getUint16(index * 2, true);
}

/** Applies the policy, then checks the written file: regions blank, every other sample as it was. */
async function redactAndCompare(
  file: DicomFile,
  expectedBlank: readonly number[],
): Promise<{ result: PixelStepResult; output: DicomFile }> {
  const before = await decodePixelData(file.dataset, file.transferSyntaxUid);
  const result = await applyPixelPolicy(file, { rules: siteRules });
  expect(result.action).toBe('redacted');
  if (result.action !== 'redacted') throw new Error('not redacted');
  const output = parseDicom(serializeDicom(file));
  expect(output.transferSyntaxUid).toBe(TransferSyntax.ExplicitVRLittleEndian);
  expect(output.dataset.getString(Tags.BurnedInAnnotation)).toBe('NO');
  const after = await decodePixelData(output.dataset, output.transferSyntaxUid);
  expect(after.description.photometricInterpretation).toBe(before.description.photometricInterpretation);
  expect(after.frames).toHaveLength(before.frames.length);
  const desc = after.description;
  let blanked = 0;
  let kept = 0;
  after.frames.forEach((frame, f) => {
    for (let y = 0; y < desc.rows; y++) {
      for (let x = 0; x < desc.columns; x++) {
        for (let s = 0; s < desc.samplesPerPixel; s++) {
          const value = sampleAt(frame, desc, x, y, s);
          if (inRegions(x, y, result.regions)) {
            if (value !== expectedBlank[s])
              throw new Error(`frame ${f} (${x},${y}) sample ${s} is ${value}, not blank`);
            blanked++;
          } else {
            const original = sampleAt(before.frames[f] as Uint8Array, before.description, x, y, s);
            if (value !== original)
              throw new Error(`frame ${f} (${x},${y}) sample ${s} changed from ${original} to ${value}`);
            kept++;
          }
        }
      }
    }
  });
  expect(blanked).toBeGreaterThan(0);
  expect(kept).toBeGreaterThan(0);
  return { result, output };
}

describe('applyPixelPolicy: redaction', () => {
  it.each<[string, Partial<ImagePixelDescription>, SyntheticEncoding, number[]]>([
    ['MONOCHROME2, explicit VR little endian', {}, 'explicit-le', [0]],
    ['MONOCHROME2, implicit VR little endian, 3 frames', { numberOfFrames: 3 }, 'implicit-le', [0]],
    ['MONOCHROME2, big endian 16-bit', { bitsAllocated: 16, bitsStored: 16 }, 'explicit-be', [0]],
    [
      'MONOCHROME1 signed 12 of 16 bits',
      {
        bitsAllocated: 16,
        bitsStored: 12,
        highBit: 11,
        pixelRepresentation: 1,
        photometricInterpretation: 'MONOCHROME1',
      },
      'explicit-le',
      [0x07ff],
    ],
    [
      'MONOCHROME2 signed 12 of 16 bits',
      { bitsAllocated: 16, bitsStored: 12, highBit: 11, pixelRepresentation: 1 },
      'explicit-le',
      [0xf800],
    ],
    ['RGB interleaved', { samplesPerPixel: 3, photometricInterpretation: 'RGB' }, 'explicit-le', [0, 0, 0]],
    [
      'RGB planar',
      { samplesPerPixel: 3, photometricInterpretation: 'RGB', planarConfiguration: 1 },
      'explicit-le',
      [0, 0, 0],
    ],
    [
      'YBR_FULL_422 native, written as YBR_FULL',
      { samplesPerPixel: 3, photometricInterpretation: 'YBR_FULL_422' },
      'explicit-le',
      [0, 128, 128],
    ],
    [
      'single-bit frames that do not start on byte boundaries',
      { bitsAllocated: 1, bitsStored: 1, highBit: 0, rows: 45, columns: 63, numberOfFrames: 3 },
      'explicit-le',
      [0],
    ],
    ['RLE, 4 frames', { numberOfFrames: 4 }, 'rle', [0]],
    [
      'RLE, RGB 16-bit',
      { samplesPerPixel: 3, photometricInterpretation: 'RGB', bitsAllocated: 16 },
      'rle',
      [0, 0, 0],
    ],
    ['JPEG-LS lossless, 2 frames', { numberOfFrames: 2 }, 'jpeg-ls', [0]],
    ['JPEG 2000 lossless, 16-bit', { bitsAllocated: 16, bitsStored: 16 }, 'jpeg-2000', [0]],
  ])(
    '%s: regions blank in every frame, everything else identical',
    async (_title, partial, encoding, blank) => {
      const desc = description(partial);
      const frames = noiseFrames(desc, 42);
      const file = await syntheticFile(SC, desc, frames, encoding);
      const { result, output } = await redactAndCompare(file, blank);
      expect(result).toMatchObject({ ruleId: 'acme-capture-9' });
      expect(output.dataset.getString(Tags.PatientName)).toBe('Doe^Jane');
    },
  );

  it('JPEG baseline: decoded to RGB, redacted, and still marked lossy', async () => {
    const desc = description({ samplesPerPixel: 3, photometricInterpretation: 'RGB' });
    const file = await syntheticFile(SC, desc, noiseFrames(desc, 5), 'jpeg-baseline');
    const { output } = await redactAndCompare(file, [0, 0, 0]);
    expect(output.dataset.getString(Tags.PhotometricInterpretation)).toBe('RGB');
    expect(output.dataset.getString(Tags.LossyImageCompression)).toBe('01');
  });

  it('blanks ultrasound from a device without a rule with the default top banner, text and all', async () => {
    const desc = description({ samplesPerPixel: 3, photometricInterpretation: 'RGB' });
    const frames = noiseFrames(desc, 9);
    drawTextBlocks(frames, desc, { x: 2, y: 1, width: 40, height: 6 });
    const file = await syntheticFile(US, desc, frames, 'rle');
    const result = await applyPixelPolicy(file, options);
    expect(result).toEqual({ action: 'redacted', ruleId: 'ultrasound-top-banner', regions: [BANNER] });
    const after = await decodePixelData(file.dataset, file.transferSyntaxUid);
    const frame = after.frames[0] as Uint8Array;
    expect(frame.subarray(0, 64 * 8 * 3).every((v) => v === 0)).toBe(true);
    expect(
      Buffer.from(frame.subarray(64 * 8 * 3)).equals(
        Buffer.from((frames[0] as Uint8Array).subarray(64 * 8 * 3)),
      ),
    ).toBe(true);
  });

  it('blanks a palette image with its darkest entry', async () => {
    const desc = description({ photometricInterpretation: 'PALETTE COLOR' });
    const file = await syntheticFile(US, desc, noiseFrames(desc, 3), 'explicit-le');
    const lut = (darkAt: number) =>
      Uint8Array.from(
        { length: 512 },
        (_, i) => (i >> 1 === darkAt ? 0 : 200 - ((i >> 1) % 50)) & (i % 2 ? 0 : 0xff),
      );
    for (const [descriptorTag, dataTag] of [
      [PixelTags.RedPaletteColorLookupTableDescriptor, PixelTags.RedPaletteColorLookupTableData],
      [PixelTags.GreenPaletteColorLookupTableDescriptor, PixelTags.GreenPaletteColorLookupTableData],
      [PixelTags.BluePaletteColorLookupTableDescriptor, PixelTags.BluePaletteColorLookupTableData],
    ] as const) {
      file.dataset.set({
        kind: 'value',
        tag: descriptorTag,
        vr: 'US',
        bytes: Uint8Array.of(0, 1, 0, 0, 16, 0),
      });
      file.dataset.set({ kind: 'value', tag: dataTag, vr: 'OW', bytes: lut(77) });
    }
    await applyPixelPolicy(file, options);
    const element = file.dataset.get(Tags.PixelData);
    expect(
      element?.kind === 'value' && Array.from(element.bytes.subarray(0, 64 * 8)).every((v) => v === 77),
    ).toBe(true);
  });
});

describe('applyPixelPolicy: files without burned-in risk', () => {
  it('passes a CT slice untouched: the same byte array, the same transfer syntax', async () => {
    const desc = description({ bitsAllocated: 16, bitsStored: 12, highBit: 11, pixelRepresentation: 1 });
    const file = await syntheticFile(CT, desc, noiseFrames(desc, 1), 'implicit-le');
    const pixels = file.dataset.get(Tags.PixelData);
    const result = await applyPixelPolicy(file, options);
    expect(result).toEqual({ action: 'unchanged', reason: 'no sign of burned-in text' });
    expect(file.dataset.get(Tags.PixelData)).toBe(pixels);
    expect(file.transferSyntaxUid).toBe(TransferSyntax.ImplicitVRLittleEndian);
  });

  it('clears an overlay kept in the unused high bits, and nothing else', async () => {
    const desc = description({ bitsAllocated: 16, bitsStored: 12, highBit: 11 });
    const frames = noiseFrames(desc, 8);
    const frame = frames[0] as Uint8Array;
    const original = frame.slice();
    for (let i = 200; i < 400; i += 2) frame[i + 1] = (frame[i + 1] as number) | 0x80; // bit 15 = an overlay plane
    const file = await syntheticFile(CT, desc, frames, 'explicit-le');
    const result = await applyPixelPolicy(file, options);
    expect(result).toEqual({ action: 'redacted', ruleId: EMBEDDED_OVERLAY_RULE_ID, regions: [] });
    const element = file.dataset.get(Tags.PixelData);
    expect(element?.kind === 'value' && Buffer.from(element.bytes).equals(Buffer.from(original))).toBe(true);
  });

  it('leaves dense data above Bits Stored alone: an understated Bits Stored, not an overlay', async () => {
    const stored = description({ bitsAllocated: 16, bitsStored: 16 });
    const file = await syntheticFile(CT, stored, noiseFrames(stored, 6), 'explicit-le');
    file.dataset.setUint16(Tags.BitsStored, 12);
    file.dataset.setUint16(Tags.HighBit, 11);
    const pixels = file.dataset.get(Tags.PixelData);
    expect(await applyPixelPolicy(file, options)).toEqual({
      action: 'unchanged',
      reason: 'no sign of burned-in text',
    });
    expect(file.dataset.get(Tags.PixelData)).toBe(pixels);
  });

  it('does not mistake sign extension or padding values for overlays', async () => {
    const desc = description({ bitsAllocated: 16, bitsStored: 12, highBit: 11, pixelRepresentation: 1 });
    const frames = noiseFrames(desc, 4);
    const file = await syntheticFile(CT, desc, frames, 'explicit-le');
    expect((await applyPixelPolicy(file, options)).action).toBe('unchanged');

    const unsigned = description({ bitsAllocated: 16, bitsStored: 12, highBit: 11 });
    const padded = noiseFrames(unsigned, 4);
    new DataView((padded[0] as Uint8Array).buffer).setUint16(0, 0xf830, true);
    const paddedFile = await syntheticFile(CT, unsigned, padded, 'explicit-le');
    paddedFile.dataset.setUint16(PixelTags.PixelPaddingValue, 0xf830);
    expect((await applyPixelPolicy(paddedFile, options)).action).toBe('unchanged');
  });
});

describe('applyPixelPolicy: quarantine', () => {
  it('holds a secondary capture from a device without a rule, naming the device but no patient value', async () => {
    const desc = description({});
    const file = await syntheticFile(
      { ...SC, manufacturer: 'Other', model: 'Grabber' },
      desc,
      noiseFrames(desc, 2),
      'explicit-le',
    );
    const result = await applyPixelPolicy(file, { rules: siteRules });
    expect(result).toMatchObject({ action: 'quarantine', code: 'BURNED_IN_PIXELS_UNVERIFIED' });
    const reason = result.action === 'quarantine' ? result.reason : '';
    expect(reason).toBe(
      'no redaction rule matches "Other" "Grabber" ("OT", 64x48); burned-in text is likely (secondary-capture)',
    );
    expect(reason).not.toContain('Doe');
  });

  it('holds risky images whose pixel data cannot be decoded, naming the transfer syntax', async () => {
    const desc = description({});
    const video = await syntheticFile(US, desc, noiseFrames(desc, 2), 'rle');
    video.transferSyntaxUid = '1.2.840.10008.1.2.4.102';
    expect(await applyPixelPolicy(video, options)).toMatchObject({
      action: 'quarantine',
      code: 'PIXEL_CODEC_UNAVAILABLE',
      reason: expect.stringContaining('1.2.840.10008.1.2.4.102'),
    });

    const truncated = await syntheticFile(US, desc, noiseFrames(desc, 2), 'explicit-le');
    truncated.dataset.set({ kind: 'value', tag: Tags.PixelData, vr: 'OB', bytes: new Uint8Array(100) });
    expect(await applyPixelPolicy(truncated, options)).toMatchObject({
      action: 'quarantine',
      code: 'PIXEL_CODEC_UNAVAILABLE',
    });
  });

  it('holds an image whose declared overlay sits on image bits', async () => {
    const desc = description({ bitsAllocated: 16, bitsStored: 16 });
    const file = await syntheticFile(CT, desc, noiseFrames(desc, 2), 'explicit-le');
    file.dataset.setUint16(0x60000100, 16);
    file.dataset.setUint16(0x60000102, 3);
    expect(await applyPixelPolicy(file, options)).toMatchObject({
      action: 'quarantine',
      code: 'EMBEDDED_OVERLAY',
    });
  });

  it('holds what OCR still reads after redaction, without changing the file or echoing the words', async () => {
    const seen: number[] = [];
    const engine = (words: OcrWord[]): OcrEngine => ({
      recognize: async (image) => {
        seen.push(image.width);
        return words;
      },
    });
    const desc = description({});
    const file = await syntheticFile(US, desc, noiseFrames(desc, 2), 'explicit-le');
    const pixels = file.dataset.get(Tags.PixelData);
    const found = await applyPixelPolicy(file, {
      ...options,
      ocr: { engine: engine([{ text: 'DOE-1947', confidence: 91 }]) },
    });
    expect(found).toMatchObject({ action: 'quarantine', code: 'OCR_TEXT_FOUND' });
    expect(JSON.stringify(found)).not.toContain('DOE');
    expect(file.dataset.get(Tags.PixelData)).toBe(pixels);
    expect(seen).toEqual([128]);

    const noise = [
      { text: 'cm', confidence: 95 },
      { text: 'LYMPH', confidence: 40 },
      { text: 'Gen', confidence: 96 },
    ];
    const quiet = await applyPixelPolicy(file, {
      ...options,
      ocr: { engine: engine(noise), ignoreWords: ['gen'] },
    });
    expect(quiet.action).toBe('redacted');
  });

  it('quarantines encapsulated documents and passes files without pixels', async () => {
    const pdf = new DicomDataset();
    pdf.setString(Tags.SOPClassUID, 'UI', '1.2.840.10008.5.1.4.1.1.104.1');
    pdf.set({ kind: 'value', tag: 0x00420011, vr: 'OB', bytes: new Uint8Array(4) });
    const file: DicomFile = {
      preamble: null,
      meta: new DicomDataset(),
      dataset: pdf,
      transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
      encoding: { littleEndian: true, explicitVr: true, deflated: false },
    };
    expect(await applyPixelPolicy(file, options)).toMatchObject({
      action: 'quarantine',
      code: 'ENCAPSULATED_DOCUMENT',
    });
    pdf.setString(Tags.SOPClassUID, 'UI', '1.2.840.10008.5.1.4.1.1.88.22');
    pdf.delete(0x00420011);
    expect(await applyPixelPolicy(file, options)).toEqual({ action: 'unchanged', reason: 'no pixel data' });
  });
});
