// Synthetic originals with planted identifying values, and the node's stage 1 applied to them, for tests of
// what reaches the center. Every value is invented.
import {
  compileProfile,
  createDeidContext,
  DEFAULT_PIXEL_RULES,
  deidentifyInstance,
  RESEARCH_DEFAULT_PROFILE,
  type DeidContext,
} from '@lattice/deid';
import { DicomDataset, serializeDicom, tag, Tags, TransferSyntax, type VR } from '@lattice/dicom';
import type { SecretKey } from '@lattice/keys';

/** The identifying values a synthetic original carries; none may reach the center. */
export interface PlantedPatient {
  readonly patientName: string;
  readonly patientId: string;
  readonly birthDate: string;
  readonly institution: string;
  readonly accessionNumber: string;
  readonly referringPhysician: string;
}

export interface SyntheticSeries {
  readonly patient: PlantedPatient;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly studyDate: string;
  readonly modality: string;
  readonly manufacturer: string;
  readonly model: string;
  readonly seriesNumber: number;
  readonly instances: number;
  /** Image size (square); 64 by default. */
  readonly size?: number;
}

/** One original instance of a series, as a hospital PACS would send it. */
export function syntheticOriginal(series: SyntheticSeries, index: number): Uint8Array {
  const { patient } = series;
  const size = series.size ?? 64;
  const dataset = new DicomDataset(true);
  const rows: [number, VR, string][] = [
    [Tags.SpecificCharacterSet, 'CS', 'ISO_IR 100'],
    [Tags.ImageType, 'CS', 'ORIGINAL\\PRIMARY\\AXIAL'],
    [
      Tags.SOPClassUID,
      'UI',
      series.modality === 'MR' ? '1.2.840.10008.5.1.4.1.1.4' : '1.2.840.10008.5.1.4.1.1.2',
    ],
    [Tags.SOPInstanceUID, 'UI', `${series.seriesInstanceUid}.${index + 1}`],
    [Tags.StudyDate, 'DA', series.studyDate],
    [Tags.SeriesDate, 'DA', series.studyDate],
    [Tags.StudyTime, 'TM', '101500'],
    [Tags.AccessionNumber, 'SH', patient.accessionNumber],
    [Tags.Modality, 'CS', series.modality],
    [Tags.Manufacturer, 'LO', series.manufacturer],
    [Tags.InstitutionName, 'LO', patient.institution],
    [tag(0x0008, 0x0090), 'PN', patient.referringPhysician],
    [Tags.StudyDescription, 'LO', `${series.modality} CHEST`],
    [Tags.SeriesDescription, 'LO', 'AXIAL 1.25MM'],
    [Tags.ManufacturerModelName, 'LO', series.model],
    [Tags.PatientName, 'PN', patient.patientName],
    [Tags.PatientID, 'LO', patient.patientId],
    [Tags.PatientBirthDate, 'DA', patient.birthDate],
    [Tags.PatientSex, 'CS', 'F'],
    [Tags.BodyPartExamined, 'CS', 'CHEST'],
    [tag(0x0018, 0x0050), 'DS', '1.25'],
    [Tags.StudyInstanceUID, 'UI', series.studyInstanceUid],
    [Tags.SeriesInstanceUID, 'UI', series.seriesInstanceUid],
    [Tags.StudyID, 'SH', patient.accessionNumber.slice(-6)],
    [Tags.SeriesNumber, 'IS', String(series.seriesNumber)],
    [Tags.InstanceNumber, 'IS', String(index + 1)],
    [Tags.FrameOfReferenceUID, 'UI', `${series.studyInstanceUid}.0`],
    [Tags.SamplesPerPixel, 'US', '1'],
    [Tags.PhotometricInterpretation, 'CS', 'MONOCHROME2'],
  ];
  for (const [t, vr, value] of rows) {
    if (vr === 'US') dataset.setUint16(t, Number(value));
    else dataset.setString(t, vr, value);
  }
  dataset.setUint16(Tags.Rows, size);
  dataset.setUint16(Tags.Columns, size);
  dataset.setUint16(Tags.BitsAllocated, 16);
  dataset.setUint16(Tags.BitsStored, 12);
  dataset.setUint16(Tags.HighBit, 11);
  dataset.setUint16(Tags.PixelRepresentation, 0);
  const pixels = new Uint8Array(size * size * 2);
  const view = new DataView(pixels.buffer);
  for (let i = 0; i < size * size; i += 1) view.setUint16(i * 2, (i * 7 + index * 13) % 4096, true);
  dataset.set({ kind: 'value', tag: Tags.PixelData, vr: 'OW', bytes: pixels });
  return serializeDicom({
    preamble: null,
    meta: new DicomDataset(true),
    dataset,
    transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
    encoding: { littleEndian: true, explicitVr: true, deflated: false },
  });
}

/** A hospital's stage 1 with the research-default profile, as the node runs it. */
export function stage1Context(key: SecretKey): DeidContext {
  return createDeidContext({
    stage: 1,
    profile: compileProfile(RESEARCH_DEFAULT_PROFILE),
    key,
    pixels: { rules: DEFAULT_PIXEL_RULES },
  });
}

/** Stage 1 of one original; throws if the engine does not de-identify it. */
export async function stage1(original: Uint8Array, context: DeidContext): Promise<Uint8Array> {
  const outcome = await deidentifyInstance(original, context);
  if (outcome.status !== 'deidentified') throw new Error(`stage 1 did not de-identify: ${outcome.status}`);
  return Buffer.concat(outcome.chunks, outcome.byteLength);
}
