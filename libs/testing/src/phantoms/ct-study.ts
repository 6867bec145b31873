import { DicomDataset, serializeDicom, Tags, TransferSyntax } from '@lattice/dicom';
import { writeSliceLevel, writeStudyLevel } from './ct-header';
import { ctPhantomSlice } from './ct-phantom-image';
import { plantedValues } from './ct-planted-values';
import type { CtStudyDetails, StudyCast } from './ct-study-details';
import { ctVendorStyle, type CtVendor, type CtVendorStyle } from './ct-vendor';
import { DatasetBuilder } from './dataset-builder';
import { formatPhantomName, phantomName, phantomPatient, type PhantomPatient } from './phantom-patient';
import type { PlantedIdentifier } from './planted-identifier';
import { SeededRandom } from './seeded-random';

/** Options of generateCtStudy. */
export interface CtStudyOptions {
  /** Same seed, same bytes (default "lattice-phantom"). */
  readonly seed?: string;
  readonly vendor?: CtVendor;
  /** The patient, for several studies of one person; drawn from the seed when absent. */
  readonly patient?: PhantomPatient;
  readonly study?: Partial<CtStudyDetails>;
  /** Number of axial slices (default 300). */
  readonly slices?: number;
  /** Image size (default 512 × 512). */
  readonly rows?: number;
  readonly columns?: number;
  /** Slice thickness and spacing in millimetres (default 1.25). */
  readonly sliceThickness?: number;
}

/** One generated Part 10 file. */
export interface PhantomFile {
  readonly index: number;
  readonly sopInstanceUid: string;
  /** Where a hospital export would put it, below the export folder: named by patient, date and accession. */
  readonly relativePath: string;
  readonly bytes: Uint8Array;
}

/** A synthetic CT study: its identifying values, and its files generated one at a time. */
export interface CtStudy {
  readonly seed: string;
  readonly vendor: CtVendor;
  readonly patient: PhantomPatient;
  readonly details: CtStudyDetails;
  readonly slices: number;
  readonly rows: number;
  readonly columns: number;
  readonly studyInstanceUid: string;
  readonly seriesInstanceUid: string;
  readonly frameOfReferenceUid: string;
  readonly sopInstanceUids: readonly string[];
  /** Every identifying value written into the files (instance UIDs included): none may survive de-identification. */
  readonly planted: readonly PlantedIdentifier[];
  /** The files, built lazily: one slice in memory at a time. Each iteration regenerates the same bytes. */
  files(): Generator<PhantomFile>;
}

const INSTITUTION_PLACES = [
  'Keelung Bay',
  'Tamsui Riverside',
  'Yangmingshan',
  'Songshan Park',
  'Beitou Spring',
];
const INSTITUTION_KINDS = ['General Hospital', 'Medical Center', 'Memorial Hospital'];
const DESCRIPTIONS = [
  'CT CHEST ABD PELVIS W CONTRAST',
  'CT CHEST W CONTRAST',
  'CT ABDOMEN PELVIS W CONTRAST',
];

/**
 * A realistic synthetic CT study: a patient with invented identifying values (names in two scripts, ids, a
 * Taiwan national id, address, phone), vendor-shaped headers with private blocks and sequences three levels
 * deep, free text that repeats the patient's name, and a torso phantom in Hounsfield units. Deterministic for
 * a seed; files are built lazily.
 */
export function generateCtStudy(options: CtStudyOptions = {}): CtStudy {
  const seed = options.seed ?? 'lattice-phantom';
  const vendor = options.vendor ?? 'GE';
  const slices = options.slices ?? 300;
  const rows = options.rows ?? 512;
  const columns = options.columns ?? 512;
  const thickness = options.sliceThickness ?? 1.25;
  if (!Number.isInteger(slices) || slices < 1 || slices > 99_999)
    throw new Error('slices must be 1 to 99999');
  if (
    !Number.isInteger(rows) ||
    !Number.isInteger(columns) ||
    rows < 16 ||
    columns < 16 ||
    rows > 4096 ||
    columns > 4096
  ) {
    throw new Error('rows and columns must be whole numbers from 16 to 4096');
  }
  const style = ctVendorStyle(vendor);
  const random = new SeededRandom(seed);

  const studyRandom = random.fork('study');
  const studyDate =
    options.study?.studyDate ??
    `${studyRandom.int(2019, 2025)}${pad(studyRandom.int(1, 12))}${pad(studyRandom.int(1, 28))}`;
  const studyTime =
    options.study?.studyTime ??
    `${pad(studyRandom.int(7, 19))}${pad(studyRandom.int(0, 59))}${pad(studyRandom.int(0, 59))}`;
  const patient = options.patient ?? phantomPatient(random.fork('patient'), Number(studyDate.slice(0, 4)));
  const details: CtStudyDetails = {
    studyDate,
    studyTime,
    accessionNumber: options.study?.accessionNumber ?? `A${studyDate}${studyRandom.digits(4)}`,
    description: options.study?.description ?? studyRandom.pick(DESCRIPTIONS),
    institution:
      options.study?.institution ??
      `${studyRandom.pick(INSTITUTION_PLACES)} ${studyRandom.pick(INSTITUTION_KINDS)}`,
  };
  const cast = studyCast(random.fork('cast'), style, studyDate);
  const uids = style.uids(
    random.fork('uids'),
    cast.deviceSerialNumber.replace(/\D/g, '') || '1',
    studyDate,
    studyTime,
  );
  const sopInstanceUids = Array.from({ length: slices }, (_, index) => uids.instance(index));
  const patientName = formatPhantomName(patient.name);
  const characterSet = patient.name.ideographicFamily ? 'ISO_IR 192' : 'ISO_IR 100';

  const sliceInput = (index: number) => ({
    patientName,
    studyDate,
    studyTime,
    stationName: cast.stationName,
    sliceIndex: index,
    slices,
    midScanSeconds: 2.5 + index * 0.1375,
    tablePosition: -(index * thickness),
  });
  const planted = [
    ...plantedValues(patient, details, cast, uids),
    ...style.privatePlanted(sliceInput(0)),
    ...sopInstanceUids.map((value): PlantedIdentifier => ({ kind: 'uid', value, where: 'SOPInstanceUID' })),
  ];
  const folder = [
    `${patient.name.family}_${patient.name.given}_${patient.patientId}`,
    `${studyDate}_${details.accessionNumber}`,
    `3_${vendor}_AXIAL`,
  ].join('/');

  function* files(): Generator<PhantomFile> {
    for (let index = 0; index < slices; index += 1) {
      const dataset = new DicomDataset(true);
      const builder = new DatasetBuilder(dataset);
      builder.text('SpecificCharacterSet', characterSet);
      writeStudyLevel(builder, { patient, patientName, details, cast, uids, style, vendor });
      const position = slices === 1 ? 0.5 : index / (slices - 1);
      writeSliceLevel(builder, {
        index,
        sopInstanceUid: sopInstanceUids[index] as string,
        z: -(index * thickness),
        thickness,
        studyTime,
        rows,
        columns,
        patient,
      });
      style.privateBlocks(builder, sliceInput(index));
      const spacing = 500 / Math.max(rows, columns);
      builder.bytes(
        'PixelData',
        'OW',
        ctPhantomSlice(
          { rows, columns, pixelSpacing: spacing, position, noiseSeed: hashIndex(seed, index) },
          style.encoding,
        ),
      );
      const meta = new DicomDataset(true);
      meta.setString(Tags.TransferSyntaxUID, 'UI', TransferSyntax.ExplicitVRLittleEndian);
      const bytes = serializeDicom({
        preamble: null,
        meta,
        dataset,
        transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
        encoding: { littleEndian: true, explicitVr: true, deflated: false },
      });
      yield {
        index,
        sopInstanceUid: sopInstanceUids[index] as string,
        relativePath: `${folder}/IM${String(index + 1).padStart(5, '0')}.dcm`,
        bytes,
      };
    }
  }

  return {
    seed,
    vendor,
    patient,
    details,
    slices,
    rows,
    columns,
    studyInstanceUid: uids.study,
    seriesInstanceUid: uids.series,
    frameOfReferenceUid: uids.frameOfReference,
    sopInstanceUids,
    planted,
    files,
  };
}

function studyCast(random: SeededRandom, style: CtVendorStyle, studyDate: string): StudyCast {
  const taiwanese = () => random.next() < 0.8;
  const sex = () => random.pick(['M', 'F'] as const);
  const calibrationYear = Number(studyDate.slice(0, 4)) - random.int(0, 1);
  return {
    referring: phantomName(random, sex(), taiwanese(), 'Dr.'),
    performing: phantomName(random, sex(), taiwanese(), 'Dr.'),
    operator: phantomName(random, sex(), taiwanese()),
    requesting: phantomName(random, sex(), taiwanese(), 'Dr.'),
    institutionAddress: `No. ${random.int(1, 300)}, Sec. ${random.int(1, 5)}, Shipai Rd., Beitou Dist., Taipei City 112`,
    department: random.pick(['Department of Radiology', 'Imaging Center CT2', 'Emergency Radiology']),
    stationName: style.stationName(random),
    deviceSerialNumber: style.deviceSerialNumber(random),
    model: random.pick(style.models),
    software: style.software(random),
    lastCalibrationDate: `${calibrationYear}${pad(random.int(1, 12))}${pad(random.int(1, 28))}`,
    studyId: random.digits(5, false),
    requestedProcedureId: `RP${random.digits(7)}`,
    scheduledStepId: `SPS${random.digits(7)}`,
    performedStepId: `PPS${random.digits(7)}`,
  };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function hashIndex(seed: string, index: number): number {
  let hash = 2166136261;
  for (const character of `${seed}#${index}`) hash = Math.imul(hash ^ character.charCodeAt(0), 16777619);
  return hash >>> 0;
}
