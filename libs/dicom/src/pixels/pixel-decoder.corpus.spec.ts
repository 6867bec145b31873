import { parseDicom } from '../parse-dicom';
import { Tags } from '../tag';
import { decodedFrameByteLength, describeImagePixels } from './image-pixel-description';
import { decodePixelData } from './pixel-decoder';
import { PixelDataError } from './pixel-data-error';
import { pixelEncodingOf } from './pixel-transfer-syntaxes';
import { describeWithCorpus, type Corpus } from '../testing';

// Files whose pixel data is present but that this code refuses, with the reason code expected.
const REFUSED: Readonly<Record<string, string>> = {
  // Edge tiles of this whole-slide image are JPEGs 55 pixels wide in a 240x240 frame grid.
  'fo-dicom/multiframe.dcm': 'CODEC_FAILED',
  // Pixel Data is present but empty.
  'fo-dicom/GH1146.dcm': 'TRUNCATED',
};

async function decodeFile(corpus: Corpus, file: string) {
  const parsed = parseDicom(corpus.read(file));
  return { parsed, decoded: await decodePixelData(parsed.dataset, parsed.transferSyntaxUid) };
}

function samplesOf(frames: readonly Uint8Array[]): Buffer {
  return Buffer.concat(frames.map((frame) => Buffer.from(frame.buffer, frame.byteOffset, frame.byteLength)));
}

describeWithCorpus('decodePixelData over the public corpus', (corpus) => {
  const images = corpus.entries.filter((entry) => {
    if (entry.malformed) return false;
    try {
      return parseDicom(corpus.read(entry.file)).dataset.has(Tags.PixelData);
    } catch {
      return false;
    }
  });

  it('finds images in every transfer syntax family', () => {
    const syntaxes = new Set(images.map((entry) => entry.transfer_syntax_uid));
    for (const uid of [
      '1.2.840.10008.1.2.5',
      '1.2.840.10008.1.2.4.50',
      '1.2.840.10008.1.2.4.70',
      '1.2.840.10008.1.2.4.80',
      '1.2.840.10008.1.2.4.90',
      '1.2.840.10008.1.2.4.201',
    ]) {
      expect(syntaxes).toContain(uid);
    }
  });

  it.each(images.map((entry) => [entry.file]))(
    '%s decodes to the declared size or is refused with a reason',
    async (file) => {
      const parsed = parseDicom(corpus.read(file));
      const description = describeImagePixels(parsed.dataset);
      const refused = REFUSED[file];
      if (refused) {
        await expect(decodePixelData(parsed.dataset, parsed.transferSyntaxUid)).rejects.toMatchObject({
          code: refused,
        });
        return;
      }
      const decoded = await decodePixelData(parsed.dataset, parsed.transferSyntaxUid);
      expect(decoded.frames).toHaveLength(description.numberOfFrames);
      const frameLength = decodedFrameByteLength(decoded.description);
      for (const frame of decoded.frames) expect(frame.byteLength).toBe(frameLength);
      const encoding = pixelEncodingOf(parsed.transferSyntaxUid);
      if (encoding?.kind === 'encapsulated' && encoding.lossy) expect(decoded.lossy).toBe(true);
    },
  );

  // The same lossless image stored under several transfer syntaxes must decode to the same samples.
  it.each([
    [
      'pydicom/MR_small.dcm',
      [
        'pydicom/MR_small_implicit.dcm',
        'pydicom/MR_small_bigendian.dcm',
        'pydicom/MR_small_RLE.dcm',
        'pydicom/MR_small_jp2klossless.dcm',
        'pydicom/MR_small_jpeg_ls_lossless.dcm',
      ],
    ],
    ['dcm_qa_ts/In_1.dcm', ['dcm_qa_ts/In_4.dcm', 'dcm_qa_ts/In_6.dcm', 'dcm_qa_ts/In_8.dcm']],
    [
      'dicomParser/CT1_UNC.explicit_big_endian.dcm',
      ['dicomParser/CT1_UNC.fragmented_bot_jpeg_ls.80.dcm', 'fo-dicom/D_CLUNIE_CT1_RLE_FRAGS.dcm'],
    ],
    [
      'dicomParser/CT0012.not_fragmented_bot_rle.dcm',
      ['dicomParser/CT0012.fragmented_no_bot_jpeg_lossless.57.dcm'],
    ],
    ['pydicom-data/emri_small.dcm', ['pydicom-data/emri_small_jpeg_ls_lossless.dcm']],
    ['pydicom-data/SC_rgb_expb_2frame.dcm', ['pydicom/SC_rgb_rle_2frame.dcm']],
  ])('%s decodes identically from its other encodings', async (reference, others) => {
    const expected = samplesOf((await decodeFile(corpus, reference)).decoded.frames);
    for (const other of others) {
      const actual = samplesOf((await decodeFile(corpus, other)).decoded.frames);
      expect({ file: other, equal: actual.equals(expected) }).toEqual({ file: other, equal: true });
    }
  });

  it('refuses an image whose decoded size exceeds the bound before decoding', async () => {
    const { parsed } = await decodeFile(corpus, 'pydicom-data/US1_J2KR.dcm');
    const error = await decodePixelData(parsed.dataset, parsed.transferSyntaxUid, {
      maxDecodedBytes: 1000,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PixelDataError);
    expect(error).toMatchObject({ code: 'TOO_LARGE' });
  });
});
