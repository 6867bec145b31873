import type { DicomDataset } from '../dataset';
import { Tags } from '../tag';
import { PixelDataError } from './pixel-data-error';

/** The Image Pixel module attributes that say how to read the pixel data (PS3.3 C.7.6.3). */
export interface ImagePixelDescription {
  readonly rows: number;
  readonly columns: number;
  readonly samplesPerPixel: number;
  readonly bitsAllocated: number;
  readonly bitsStored: number;
  readonly highBit: number;
  /** 0: unsigned, 1: two's complement. */
  readonly pixelRepresentation: 0 | 1;
  /** 0: samples interleaved per pixel, 1: one plane per sample. Always 0 for single-sample images. */
  readonly planarConfiguration: 0 | 1;
  readonly photometricInterpretation: string;
  readonly numberOfFrames: number;
}

const PHOTOMETRIC_SAMPLES: Readonly<Record<string, number>> = {
  MONOCHROME1: 1,
  MONOCHROME2: 1,
  'PALETTE COLOR': 1,
  RGB: 3,
  YBR_FULL: 3,
  YBR_FULL_422: 3,
  YBR_PARTIAL_422: 3,
  YBR_PARTIAL_420: 3,
  YBR_ICT: 3,
  YBR_RCT: 3,
};

const MAX_FRAMES = 1 << 20;

/** Reads and checks the pixel description of a dataset; throws PixelDataError when it is unusable. */
export function describeImagePixels(dataset: DicomDataset): ImagePixelDescription {
  const required = (name: string, value: number | undefined): number => {
    if (value === undefined) throw new PixelDataError('MISSING_ATTRIBUTE', `${name} is missing`);
    return value;
  };
  const rows = required('Rows', dataset.getNumber(Tags.Rows));
  const columns = required('Columns', dataset.getNumber(Tags.Columns));
  const bitsAllocated = required('Bits Allocated', dataset.getNumber(Tags.BitsAllocated));
  const samplesPerPixel = dataset.getNumber(Tags.SamplesPerPixel) ?? 1;
  const bitsStored = dataset.getNumber(Tags.BitsStored) ?? bitsAllocated;
  const highBit = dataset.getNumber(Tags.HighBit) ?? bitsStored - 1;
  const pixelRepresentation = dataset.getNumber(Tags.PixelRepresentation) ?? 0;
  const planarConfiguration = samplesPerPixel > 1 ? (dataset.getNumber(Tags.PlanarConfiguration) ?? 0) : 0;
  const photometricInterpretation = (dataset.getString(Tags.PhotometricInterpretation) ?? '')
    .trim()
    .toUpperCase();
  const numberOfFrames = dataset.has(Tags.NumberOfFrames) ? (dataset.getNumber(Tags.NumberOfFrames) ?? 1) : 1;

  const invalid = (why: string): never => {
    throw new PixelDataError('INVALID_ATTRIBUTE', why);
  };
  if (!isWhole(rows, 1, 65535) || !isWhole(columns, 1, 65535))
    invalid(`image size ${columns}x${rows} is not valid`);
  if (![1, 8, 16, 32].includes(bitsAllocated)) invalid(`Bits Allocated ${bitsAllocated} is not supported`);
  if (!isWhole(bitsStored, 1, bitsAllocated))
    invalid(`Bits Stored ${bitsStored} does not fit Bits Allocated ${bitsAllocated}`);
  if (!isWhole(highBit, bitsStored - 1, bitsAllocated - 1))
    invalid(`High Bit ${highBit} does not fit Bits Stored ${bitsStored}`);
  if (pixelRepresentation !== 0 && pixelRepresentation !== 1)
    invalid(`Pixel Representation ${pixelRepresentation} is not 0 or 1`);
  if (planarConfiguration !== 0 && planarConfiguration !== 1)
    invalid(`Planar Configuration ${planarConfiguration} is not 0 or 1`);
  if (!isWhole(numberOfFrames, 1, MAX_FRAMES)) invalid(`Number of Frames ${numberOfFrames} is not valid`);
  if (photometricInterpretation === '')
    throw new PixelDataError('MISSING_ATTRIBUTE', 'Photometric Interpretation is missing');
  const expectedSamples = PHOTOMETRIC_SAMPLES[photometricInterpretation];
  if (expectedSamples === undefined)
    invalid(`Photometric Interpretation ${safeTerm(photometricInterpretation)} is not supported`);
  if (expectedSamples !== samplesPerPixel) {
    invalid(`Samples per Pixel ${samplesPerPixel} does not match ${photometricInterpretation}`);
  }
  if (bitsAllocated === 1 && samplesPerPixel !== 1) invalid('single-bit pixels must have one sample');

  return {
    rows,
    columns,
    samplesPerPixel,
    bitsAllocated,
    bitsStored,
    highBit,
    pixelRepresentation: pixelRepresentation as 0 | 1,
    planarConfiguration: planarConfiguration as 0 | 1,
    photometricInterpretation,
    numberOfFrames,
  };
}

function isWhole(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function safeTerm(text: string): string {
  return JSON.stringify(text.replace(/[^\x20-\x7e]/g, '?').slice(0, 16));
}

/** Number of pixels (not samples) in one frame. */
export function pixelsPerFrame(description: ImagePixelDescription): number {
  return description.rows * description.columns;
}

/**
 * Bytes of one uncompressed frame as the standard lays it out natively: YBR_FULL_422 keeps two luma
 * and one chroma pair per two pixels; single-bit frames are counted in whole bytes.
 */
export function nativeFrameByteLength(description: ImagePixelDescription): number {
  const samples = description.photometricInterpretation === 'YBR_FULL_422' ? 2 : description.samplesPerPixel;
  const bits = pixelsPerFrame(description) * samples * description.bitsAllocated;
  return Math.ceil(bits / 8);
}

/** Bytes of one frame once decoded to full resolution (every sample of every pixel). */
export function decodedFrameByteLength(description: ImagePixelDescription): number {
  return Math.ceil(
    (pixelsPerFrame(description) * description.samplesPerPixel * description.bitsAllocated) / 8,
  );
}
