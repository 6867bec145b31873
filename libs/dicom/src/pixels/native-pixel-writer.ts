import type { DicomFile } from '../dicom-file';
import { Tags } from '../tag';
import { toLittleEndianDataset } from './dataset-byte-order';
import type { ImagePixelDescription } from './image-pixel-description';
import { joinNativeFrames } from './native-frames';
import { PixelTags } from './pixel-tags';
import { NATIVE_OUTPUT_TRANSFER_SYNTAX } from './pixel-transfer-syntaxes';

/**
 * Replaces a file's Pixel Data with native frames and switches the file to Explicit VR Little Endian:
 * Photometric Interpretation and Planar Configuration follow the frames, the offset tables of the old
 * encapsulation go, Lossy Image Compression stays "01" when the source was lossy, and a big-endian
 * dataset is converted to little endian first.
 */
export function writeNativePixelData(
  file: DicomFile,
  description: ImagePixelDescription,
  frames: readonly Uint8Array[],
  options: { readonly lossy: boolean },
): void {
  file.dataset = toLittleEndianDataset(file.dataset);
  const dataset = file.dataset;
  dataset.set({
    kind: 'value',
    tag: Tags.PixelData,
    vr: description.bitsAllocated > 8 ? 'OW' : 'OB',
    bytes: joinNativeFrames(frames, description),
  });
  dataset.setString(Tags.PhotometricInterpretation, 'CS', description.photometricInterpretation);
  if (description.samplesPerPixel > 1)
    dataset.setUint16(Tags.PlanarConfiguration, description.planarConfiguration);
  dataset.delete(PixelTags.ExtendedOffsetTable);
  dataset.delete(PixelTags.ExtendedOffsetTableLengths);
  if (options.lossy) dataset.setString(Tags.LossyImageCompression, 'CS', '01');

  file.transferSyntaxUid = NATIVE_OUTPUT_TRANSFER_SYNTAX;
  file.encoding = { littleEndian: true, explicitVr: true, deflated: false };
  if (file.meta.size > 0) file.meta.setString(Tags.TransferSyntaxUID, 'UI', NATIVE_OUTPUT_TRANSFER_SYNTAX);
}
