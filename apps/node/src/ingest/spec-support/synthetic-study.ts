import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DicomDataset, serializeDicom, tag, Tags, TransferSyntax, type Tag, type VR } from '@lattice/dicom';

/** A synthetic patient whose identifying values are planted in every slice; none may survive stage 1. */
export interface SyntheticPatient {
  readonly patientId: string;
  readonly patientName: string;
  readonly birthDate: string;
  readonly accessionNumber: string;
  readonly institution: string;
}

/** How a synthetic CT study is made. */
export interface SyntheticStudyOptions {
  readonly patient: SyntheticPatient;
  readonly slices: number;
  /** Rows and columns (default 512). */
  readonly size?: number;
  /** Distinguishes studies of the same patient. */
  readonly studyNumber?: number;
  readonly sopClassUid?: string;
  readonly modality?: string;
  /** Changes the data set before it is written (extra or different attributes). */
  readonly extra?: (dataset: DicomDataset) => void;
}

const CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2';
const UID_ROOT = '1.2.826.0.1.3680043.8.498.424242';

/** The UIDs of a study, derived from the patient id and study number so reruns are identical. */
export function studyUids(options: SyntheticStudyOptions): {
  study: string;
  series: string;
  instance(slice: number): string;
} {
  const digits = [...options.patient.patientId].map((char) => char.charCodeAt(0) % 10).join('');
  const study = `${UID_ROOT}.${digits}.${options.studyNumber ?? 1}`;
  const series = `${study}.1`;
  return { study, series, instance: (slice) => `${series}.${slice + 1}` };
}

/** One slice of a synthetic CT study as Part 10 bytes (explicit VR little endian, 16-bit pixels). */
export function syntheticSlice(options: SyntheticStudyOptions, slice: number): Uint8Array {
  const size = options.size ?? 512;
  const uids = studyUids(options);
  const { patient } = options;
  const dataset = new DicomDataset(true);
  const strings: readonly [Tag, VR, string][] = [
    [Tags.SpecificCharacterSet, 'CS', 'ISO_IR 100'],
    [Tags.ImageType, 'CS', 'ORIGINAL\\PRIMARY\\AXIAL'],
    [Tags.SOPClassUID, 'UI', options.sopClassUid ?? CT_IMAGE_STORAGE],
    [Tags.SOPInstanceUID, 'UI', uids.instance(slice)],
    [Tags.StudyDate, 'DA', '20240315'],
    [Tags.SeriesDate, 'DA', '20240315'],
    [Tags.StudyTime, 'TM', '101500'],
    [Tags.AccessionNumber, 'SH', patient.accessionNumber],
    [Tags.Modality, 'CS', options.modality ?? 'CT'],
    [Tags.Manufacturer, 'LO', 'LATTICE PHANTOMS'],
    [Tags.InstitutionName, 'LO', patient.institution],
    [tag(0x0008, 0x0090), 'PN', 'Referring^Rita'],
    [Tags.StudyDescription, 'LO', 'CT CHEST'],
    [Tags.SeriesDescription, 'LO', 'AXIAL 1MM'],
    [Tags.ManufacturerModelName, 'LO', 'Synthetic CT'],
    [Tags.PatientName, 'PN', patient.patientName],
    [Tags.PatientID, 'LO', patient.patientId],
    [Tags.PatientBirthDate, 'DA', patient.birthDate],
    [Tags.PatientSex, 'CS', 'F'],
    [Tags.BodyPartExamined, 'CS', 'CHEST'],
    [tag(0x0018, 0x0050), 'DS', '1'],
    [Tags.StudyInstanceUID, 'UI', uids.study],
    [Tags.SeriesInstanceUID, 'UI', uids.series],
    [Tags.StudyID, 'SH', '1'],
    [Tags.SeriesNumber, 'IS', '1'],
    [Tags.InstanceNumber, 'IS', String(slice + 1)],
    [tag(0x0020, 0x0032), 'DS', `-250\\-250\\${slice}`],
    [tag(0x0020, 0x0037), 'DS', '1\\0\\0\\0\\1\\0'],
    [Tags.FrameOfReferenceUID, 'UI', `${uids.study}.2`],
    [Tags.PhotometricInterpretation, 'CS', 'MONOCHROME2'],
    [tag(0x0028, 0x0030), 'DS', '0.7\\0.7'],
    [tag(0x0028, 0x1052), 'DS', '-1024'],
    [tag(0x0028, 0x1053), 'DS', '1'],
  ];
  for (const [elementTag, vr, value] of strings) dataset.setString(elementTag, vr, value);
  for (const [elementTag, value] of [
    [Tags.SamplesPerPixel, 1],
    [Tags.Rows, size],
    [Tags.Columns, size],
    [Tags.BitsAllocated, 16],
    [Tags.BitsStored, 12],
    [Tags.HighBit, 11],
    [Tags.PixelRepresentation, 0],
  ] as const) {
    const bytes = new Uint8Array(2);
    new DataView(bytes.buffer).setUint16(0, value, true);
    dataset.set({ kind: 'value', tag: elementTag, vr: 'US', bytes });
  }
  const pixels = new Uint8Array(size * size * 2);
  const view = new DataView(pixels.buffer);
  for (let i = 0; i < size * size; i += 1) view.setUint16(i * 2, (i * 7 + slice * 131) & 0x0fff, true);
  dataset.set({ kind: 'value', tag: Tags.PixelData, vr: 'OW', bytes: pixels });
  options.extra?.(dataset);
  return serializeDicom({
    preamble: null,
    meta: new DicomDataset(true),
    dataset,
    transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
    encoding: { littleEndian: true, explicitVr: true, deflated: false },
  });
}

/** Writes a study as `<folder>/slice-NNN.dcm` and returns the file paths in slice order. */
export function writeSyntheticStudy(folder: string, options: SyntheticStudyOptions): string[] {
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let slice = 0; slice < options.slices; slice += 1) {
    const file = path.join(folder, `slice-${String(slice + 1).padStart(3, '0')}.dcm`);
    writeFileSync(file, syntheticSlice(options, slice));
    files.push(file);
  }
  return files;
}
