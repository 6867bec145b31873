import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseDicom } from '../parse-dicom';
import { Tags } from '../tag';
import { serializeDicom } from '../write-dicom';
import { decodePixelData } from './pixel-decoder';
import { PixelTags } from './pixel-tags';
import { writeNativePixelData } from './native-pixel-writer';
import { describeWithCorpus, type Corpus } from '../testing';

function dcmdumpAccepts(bytes: Uint8Array): boolean | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'pixels-'));
  try {
    const path = join(dir, 'out.dcm');
    writeFileSync(path, bytes);
    const run = spawnSync('dcmdump', ['-q', path], { encoding: 'utf8' });
    if (run.error) return undefined;
    return run.status === 0 && !/^E:/m.test(run.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function rewriteNatively(corpus: Corpus, file: string) {
  const input = parseDicom(corpus.read(file));
  const decoded = await decodePixelData(input.dataset, input.transferSyntaxUid);
  writeNativePixelData(input, decoded.description, decoded.frames, { lossy: decoded.lossy });
  const bytes = serializeDicom(input);
  const output = parseDicom(bytes);
  return { decoded, output, bytes, again: await decodePixelData(output.dataset, output.transferSyntaxUid) };
}

const samples = (frames: readonly Uint8Array[]) =>
  Buffer.concat(frames.map((f) => Buffer.from(f.buffer, f.byteOffset, f.byteLength)));

describeWithCorpus('writeNativePixelData', (corpus) => {
  it.each([
    ['pydicom/MR_small_bigendian.dcm', 'MONOCHROME2'],
    ['pydicom-data/SC_rgb_expb_2frame.dcm', 'RGB'],
    ['pydicom-data/US1_J2KR.dcm', 'RGB'],
    ['pydicom/examples_ybr_color.dcm', 'RGB'],
    ['dcm4che/YBR_422.dcm', 'YBR_FULL'],
    ['pydicom-data/OBXXXX1A_rle.dcm', 'PALETTE COLOR'],
    ['dicomParser/CT0012.fragmented_no_bot_jpeg_ls.81.dcm', 'MONOCHROME2'],
  ])('%s becomes explicit VR little endian with the same samples (%s)', async (file, photometric) => {
    const { decoded, output, bytes, again } = await rewriteNatively(corpus, file);
    expect(output.transferSyntaxUid).toBe('1.2.840.10008.1.2.1');
    expect(output.dataset.littleEndian).toBe(true);
    expect(output.dataset.getString(Tags.PhotometricInterpretation)).toBe(photometric);
    expect(output.dataset.has(PixelTags.ExtendedOffsetTable)).toBe(false);
    expect(samples(again.frames).equals(samples(decoded.frames))).toBe(true);
    expect(output.dataset.getString(Tags.LossyImageCompression) === '01').toBe(decoded.lossy);
    expect(dcmdumpAccepts(bytes) ?? true).toBe(true);
  });

  it('keeps big-endian header values meaning the same after conversion', async () => {
    const input = parseDicom(corpus.read('pydicom/MR_small_bigendian.dcm'));
    const before = [Tags.Rows, Tags.Columns, Tags.BitsStored, Tags.PixelRepresentation].map((t) =>
      input.dataset.getNumber(t),
    );
    const { output } = await rewriteNatively(corpus, 'pydicom/MR_small_bigendian.dcm');
    expect(
      [Tags.Rows, Tags.Columns, Tags.BitsStored, Tags.PixelRepresentation].map((t) =>
        output.dataset.getNumber(t),
      ),
    ).toEqual(before);
  });
});
