import { Context, NativeCodecs } from 'dcmjs-codecs';
import {
  DicomDataset,
  encodeRleFrame,
  joinNativeFrames,
  swapBytes,
  Tags,
  type DicomFile,
  type ImagePixelDescription,
} from '@lattice/dicom';
import type { PixelRegion } from '../pixel-policy';

/** How the synthetic file stores its pixels. */
export type SyntheticEncoding =
  'explicit-le' | 'implicit-le' | 'explicit-be' | 'rle' | 'jpeg-ls' | 'jpeg-2000' | 'jpeg-baseline';

const SYNTAX: Record<SyntheticEncoding, string> = {
  'explicit-le': '1.2.840.10008.1.2.1',
  'implicit-le': '1.2.840.10008.1.2',
  'explicit-be': '1.2.840.10008.1.2.2',
  rle: '1.2.840.10008.1.2.5',
  'jpeg-ls': '1.2.840.10008.1.2.4.80',
  'jpeg-2000': '1.2.840.10008.1.2.4.90',
  'jpeg-baseline': '1.2.840.10008.1.2.4.50',
};

export interface SyntheticHeader {
  readonly sopClass: string;
  readonly modality: string;
  readonly manufacturer?: string;
  readonly model?: string;
  readonly patientName?: string;
  readonly burnedInAnnotation?: string;
}

export function description(partial: Partial<ImagePixelDescription>): ImagePixelDescription {
  const bitsAllocated = partial.bitsAllocated ?? 8;
  return {
    rows: 48,
    columns: 64,
    samplesPerPixel: 1,
    bitsAllocated,
    bitsStored: bitsAllocated,
    highBit: (partial.bitsStored ?? bitsAllocated) - 1,
    pixelRepresentation: 0,
    planarConfiguration: 0,
    photometricInterpretation: 'MONOCHROME2',
    numberOfFrames: 1,
    ...partial,
  };
}

/** Noise frames whose samples are valid stored values (sign-extended when signed, nothing above High Bit). */
export function noiseFrames(desc: ImagePixelDescription, seed: number): Uint8Array[] {
  const frames: Uint8Array[] = [];
  let state = seed >>> 0 || 1;
  const next = () => (state = (state * 1103515245 + 12345) >>> 0) >>> 8;
  const samples =
    desc.rows * desc.columns * (desc.photometricInterpretation === 'YBR_FULL_422' ? 2 : desc.samplesPerPixel);
  for (let f = 0; f < desc.numberOfFrames; f++) {
    if (desc.bitsAllocated === 1) {
      frames.push(Uint8Array.from({ length: Math.ceil(samples / 8) }, () => next() & 0xff));
      continue;
    }
    const bytes = desc.bitsAllocated / 8;
    const frame = new Uint8Array(samples * bytes);
    const view = new DataView(frame.buffer);
    for (let i = 0; i < samples; i++) {
      let value = next() % 2 ** desc.bitsStored;
      if (desc.pixelRepresentation === 1 && value >= 2 ** (desc.bitsStored - 1))
        value -= 2 ** desc.bitsStored;
      const raw = (value < 0 ? value + 2 ** desc.bitsAllocated : value) % 2 ** desc.bitsAllocated;
      if (bytes === 1) frame[i] = raw;
      else if (bytes === 2) view.setUint16(i * 2, raw, true);
      else view.setUint32(i * 4, raw, true);
    }
    frames.push(frame);
  }
  return frames;
}

/** Draws glyph-like strokes (bright bars with gaps) inside a region of every frame, 8-bit samples only. */
export function drawTextBlocks(frames: Uint8Array[], desc: ImagePixelDescription, region: PixelRegion): void {
  for (const frame of frames) {
    for (let y = region.y; y < region.y + region.height; y++) {
      for (let x = region.x; x < region.x + region.width; x++) {
        if ((x % 6 < 2 || y % 7 === 0) && (x + y) % 5 !== 0) {
          for (let s = 0; s < desc.samplesPerPixel; s++)
            frame[(y * desc.columns + x) * desc.samplesPerPixel + s] = 250;
        }
      }
    }
  }
}

/** Builds a DicomFile holding the frames under the chosen encoding (compressed ones through real encoders). */
export async function syntheticFile(
  header: SyntheticHeader,
  desc: ImagePixelDescription,
  frames: readonly Uint8Array[],
  encoding: SyntheticEncoding,
): Promise<DicomFile> {
  const bigEndian = encoding === 'explicit-be';
  const dataset = new DicomDataset(!bigEndian);
  dataset.setString(Tags.SOPClassUID, 'UI', header.sopClass);
  dataset.setString(Tags.SOPInstanceUID, 'UI', '2.25.1234');
  dataset.setString(Tags.Modality, 'CS', header.modality);
  if (header.manufacturer) dataset.setString(Tags.Manufacturer, 'LO', header.manufacturer);
  if (header.model) dataset.setString(Tags.ManufacturerModelName, 'LO', header.model);
  if (header.patientName) dataset.setString(Tags.PatientName, 'PN', header.patientName);
  if (header.burnedInAnnotation) dataset.setString(Tags.BurnedInAnnotation, 'CS', header.burnedInAnnotation);
  dataset.setUint16(Tags.Rows, desc.rows);
  dataset.setUint16(Tags.Columns, desc.columns);
  dataset.setUint16(Tags.SamplesPerPixel, desc.samplesPerPixel);
  dataset.setUint16(Tags.BitsAllocated, desc.bitsAllocated);
  dataset.setUint16(Tags.BitsStored, desc.bitsStored);
  dataset.setUint16(Tags.HighBit, desc.highBit);
  dataset.setUint16(Tags.PixelRepresentation, desc.pixelRepresentation);
  dataset.setString(Tags.PhotometricInterpretation, 'CS', desc.photometricInterpretation);
  if (desc.samplesPerPixel > 1) dataset.setUint16(Tags.PlanarConfiguration, desc.planarConfiguration);
  if (desc.numberOfFrames > 1) dataset.setString(Tags.NumberOfFrames, 'IS', String(desc.numberOfFrames));

  const vr = desc.bitsAllocated > 8 ? 'OW' : 'OB';
  switch (encoding) {
    case 'explicit-le':
    case 'implicit-le':
      dataset.set({ kind: 'value', tag: Tags.PixelData, vr, bytes: joinNativeFrames(frames, desc) });
      break;
    case 'explicit-be':
      dataset.set({
        kind: 'value',
        tag: Tags.PixelData,
        vr,
        bytes:
          vr === 'OW'
            ? swapBytes(joinNativeFrames(frames, desc), desc.bitsAllocated / 8)
            : joinNativeFrames(frames, desc),
      });
      break;
    case 'rle':
      dataset.set({
        kind: 'encapsulated',
        tag: Tags.PixelData,
        vr: 'OB',
        fragments: [new Uint8Array(0), ...frames.map((frame) => evenLength(encodeRleFrame(frame, desc)))],
      });
      break;
    case 'jpeg-ls':
    case 'jpeg-2000':
    case 'jpeg-baseline':
      dataset.set({
        kind: 'encapsulated',
        tag: Tags.PixelData,
        vr: 'OB',
        fragments: [new Uint8Array(0), ...(await encodeWithWasm(encoding, frames, desc))],
      });
      if (encoding === 'jpeg-baseline')
        dataset.setString(Tags.PhotometricInterpretation, 'CS', 'YBR_FULL_422');
      break;
  }
  const meta = new DicomDataset();
  meta.setString(Tags.TransferSyntaxUID, 'UI', SYNTAX[encoding]);
  return {
    preamble: null,
    meta,
    dataset,
    transferSyntaxUid: SYNTAX[encoding],
    encoding: { littleEndian: !bigEndian, explicitVr: encoding !== 'implicit-le', deflated: false },
  };
}

async function encodeWithWasm(
  encoding: SyntheticEncoding,
  frames: readonly Uint8Array[],
  desc: ImagePixelDescription,
): Promise<Uint8Array[]> {
  if (!NativeCodecs.isInitialized()) await NativeCodecs.initializeAsync();
  return frames.map((frame) => {
    const context = new Context({
      width: desc.columns,
      height: desc.rows,
      bitsAllocated: desc.bitsAllocated,
      bitsStored: desc.bitsStored,
      samplesPerPixel: desc.samplesPerPixel,
      pixelRepresentation: desc.pixelRepresentation,
      planarConfiguration: desc.planarConfiguration,
      photometricInterpretation: desc.photometricInterpretation,
      decodedBuffer: frame,
    });
    const encoded =
      encoding === 'jpeg-ls'
        ? NativeCodecs.encodeJpegLs(context, { lossy: false })
        : encoding === 'jpeg-2000'
          ? NativeCodecs.encodeJpeg2000(context, { lossy: false })
          : NativeCodecs.encodeJpeg(context, {
              lossy: true,
              quality: 95,
              predictor: 0,
              pointTransform: 0,
              sampleFactor: 1,
            });
    return evenLength(encoded.getEncodedBuffer() ?? new Uint8Array(0));
  });
}

function evenLength(bytes: Uint8Array): Uint8Array {
  if (bytes.byteLength % 2 === 0) return bytes;
  const padded = new Uint8Array(bytes.byteLength + 1);
  padded.set(bytes);
  return padded;
}
