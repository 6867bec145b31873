import { DicomDataset } from '../dataset';
import { Tags } from '../tag';
import { checkCodestreamGeometry, readCodestreamGeometry } from './codestream-header';
import type { ImagePixelDescription } from './image-pixel-description';
import { decodePixelData } from './pixel-decoder';

function jpegHeader(marker: number, width: number, height: number, components: number): Uint8Array {
  // SOI, an APP0 segment to skip, then the frame header.
  return Uint8Array.of(
    0xff,
    0xd8,
    0xff,
    0xe0,
    0x00,
    0x04,
    0x00,
    0x00,
    0xff,
    marker,
    0x00,
    8 + 3 * components,
    8,
    height >> 8,
    height & 0xff,
    width >> 8,
    width & 0xff,
    components,
  );
}

function j2kHeader(width: number, height: number, components: number, depth: number): Uint8Array {
  const bytes = new Uint8Array(42 + 3 * components);
  const view = new DataView(bytes.buffer);
  view.setUint16(0, 0xff4f);
  view.setUint16(2, 0xff51);
  view.setUint32(8, width + 5);
  view.setUint32(12, height + 7);
  view.setUint32(16, 5);
  view.setUint32(20, 7);
  view.setUint16(40, components);
  for (let c = 0; c < components; c++) bytes[42 + 3 * c] = depth - 1;
  return bytes;
}

const mono8: ImagePixelDescription = {
  rows: 8,
  columns: 8,
  samplesPerPixel: 1,
  bitsAllocated: 8,
  bitsStored: 8,
  highBit: 7,
  pixelRepresentation: 0,
  planarConfiguration: 0,
  photometricInterpretation: 'MONOCHROME2',
  numberOfFrames: 1,
};

describe('codestream geometry', () => {
  it('reads JPEG, JPEG-LS and JPEG 2000 frame headers', () => {
    expect(readCodestreamGeometry(jpegHeader(0xc0, 640, 480, 3), 'jpeg')).toEqual({
      width: 640,
      height: 480,
      components: 3,
      precision: 8,
    });
    expect(readCodestreamGeometry(jpegHeader(0xf7, 12, 34, 1), 'jpeg')).toEqual({
      width: 12,
      height: 34,
      components: 1,
      precision: 8,
    });
    expect(readCodestreamGeometry(j2kHeader(100, 50, 3, 12), 'jpeg-2000')).toEqual({
      width: 100,
      height: 50,
      components: 3,
      precision: 12,
    });
  });

  it('refuses a codestream that disagrees with the dataset', () => {
    expect(() => checkCodestreamGeometry(jpegHeader(0xc0, 9, 8, 1), 'jpeg', mono8)).toThrow(
      expect.objectContaining({ code: 'CODEC_FAILED' }),
    );
    expect(() => checkCodestreamGeometry(j2kHeader(8, 8, 1, 16), 'jpeg-2000', mono8)).toThrow(/precision 16/);
    expect(() => checkCodestreamGeometry(Uint8Array.of(1, 2, 3), 'jpeg', mono8)).toThrow(/SOI/);
  });

  it('stops a crafted header declaring a huge image before any decoder runs', async () => {
    const dataset = new DicomDataset();
    dataset.setUint16(Tags.Rows, 8);
    dataset.setUint16(Tags.Columns, 8);
    dataset.setUint16(Tags.BitsAllocated, 8);
    dataset.setUint16(Tags.SamplesPerPixel, 1);
    dataset.setString(Tags.PhotometricInterpretation, 'CS', 'MONOCHROME2');
    dataset.set({
      kind: 'encapsulated',
      tag: Tags.PixelData,
      vr: 'OB',
      fragments: [new Uint8Array(0), jpegHeader(0xc0, 65000, 65000, 1)],
    });
    await expect(decodePixelData(dataset, '1.2.840.10008.1.2.4.50')).rejects.toMatchObject({
      code: 'CODEC_FAILED',
      message: expect.stringContaining('65000x65000'),
    });
  });
});
