import {
  DicomDataset,
  serializeDicom,
  tag,
  Tags,
  TransferSyntax,
  type DicomFile,
  type Tag,
  type VR,
} from '@lattice/dicom';

/** The identifying values planted in a synthetic instance; every one of them must be gone after stage 1. */
export interface SyntheticPatient {
  readonly patientId: string;
  readonly patientName: string;
  readonly birthDate: string;
  readonly studyUid: string;
  readonly studyDate: string;
  readonly accession: string;
}

/** A patient and study with realistic-looking (synthetic) values. */
export const DEFAULT_PATIENT: SyntheticPatient = {
  patientId: 'MRN00012345',
  patientName: 'Doe^Jane^Quinn',
  birthDate: '19620704',
  studyUid: '1.2.826.0.1.3680043.8.498.1122334455667788',
  studyDate: '20240315',
  accession: 'A20240315001',
};

/** Values planted besides the patient's, with the tags that hold them. */
export const PLANTED = {
  referringPhysician: 'Referring^Rhoda',
  operator: 'Operator^Olivia',
  institution: 'Springfield General Hospital',
  institutionAddress: '742 Evergreen Terrace, Springfield',
  station: 'CTSTATION01',
  deviceSerial: 'SN7788991',
  requestedProcedureId: 'RQ5566778',
  otherPatientId: 'OID-998877',
} as const;

export const SERIES_UID = '1.2.826.0.1.3680043.8.498.99887766.1';
export const FRAME_OF_REFERENCE_UID = '1.2.826.0.1.3680043.8.498.99887766.2';

type Row = readonly [Tag, VR, string];

function put(dataset: DicomDataset, rows: readonly Row[]): void {
  for (const [elementTag, vr, value] of rows) dataset.setString(elementTag, vr, value);
}

function putBinary(dataset: DicomDataset, elementTag: Tag, vr: VR, bytes: Uint8Array): void {
  dataset.set({ kind: 'value', tag: elementTag, vr, bytes });
}

function us(value: number): Uint8Array {
  const bytes = new Uint8Array(2);
  new DataView(bytes.buffer).setUint16(0, value, true);
  return bytes;
}

function item(parent: DicomDataset, rows: readonly Row[]): DicomDataset {
  const child = parent.createItem();
  put(child, rows);
  return child;
}

/** Options of a synthetic CT slice. */
export interface SyntheticCtOptions {
  readonly patient?: SyntheticPatient;
  readonly sopInstanceUid?: string;
  /** Rows and columns of the 16-bit image (default 512). */
  readonly size?: number;
  /** Pixel values: a deterministic ramp unless given. */
  readonly pixels?: Uint8Array;
}

/**
 * A CT slice with a vendor-shaped header of about 150 elements: the usual modules, identifying values
 * in every common place, sequences three levels deep, and two GE private blocks (one with safe
 * attributes, one with identifying copies).
 */
export function syntheticCt(options: SyntheticCtOptions = {}): DicomFile {
  const patient = options.patient ?? DEFAULT_PATIENT;
  const size = options.size ?? 512;
  const sopInstanceUid = options.sopInstanceUid ?? `${SERIES_UID}.1`;
  const dataset = new DicomDataset(true);
  put(dataset, [
    [Tags.SpecificCharacterSet, 'CS', 'ISO_IR 100'],
    [Tags.ImageType, 'CS', 'ORIGINAL\\PRIMARY\\AXIAL'],
    [tag(0x0008, 0x0012), 'DA', patient.studyDate],
    [tag(0x0008, 0x0013), 'TM', '101512.123'],
    [tag(0x0008, 0x0014), 'UI', '1.2.826.0.1.3680043.8.498.7'],
    [Tags.SOPClassUID, 'UI', '1.2.840.10008.5.1.4.1.1.2'],
    [Tags.SOPInstanceUID, 'UI', sopInstanceUid],
    [Tags.StudyDate, 'DA', patient.studyDate],
    [Tags.SeriesDate, 'DA', patient.studyDate],
    [Tags.AcquisitionDate, 'DA', patient.studyDate],
    [Tags.ContentDate, 'DA', patient.studyDate],
    [tag(0x0008, 0x002a), 'DT', `${patient.studyDate}101455.870000+0800`],
    [Tags.StudyTime, 'TM', '100955'],
    [tag(0x0008, 0x0031), 'TM', '101201'],
    [tag(0x0008, 0x0032), 'TM', '101455.87'],
    [tag(0x0008, 0x0033), 'TM', '101512.12'],
    [Tags.AccessionNumber, 'SH', patient.accession],
    [Tags.Modality, 'CS', 'CT'],
    [Tags.Manufacturer, 'LO', 'GE MEDICAL SYSTEMS'],
    [Tags.InstitutionName, 'LO', PLANTED.institution],
    [tag(0x0008, 0x0081), 'ST', PLANTED.institutionAddress],
    [tag(0x0008, 0x0090), 'PN', PLANTED.referringPhysician],
    [tag(0x0008, 0x1010), 'SH', PLANTED.station],
    [Tags.StudyDescription, 'LO', `CT CHEST ${patient.patientId}`],
    [Tags.SeriesDescription, 'LO', 'AXIAL 1.25MM STD'],
    [tag(0x0008, 0x1040), 'LO', 'RADIOLOGY'],
    [tag(0x0008, 0x1050), 'PN', 'Performing^Paul'],
    [tag(0x0008, 0x1070), 'PN', PLANTED.operator],
    [Tags.ManufacturerModelName, 'LO', 'Revolution CT'],
    [Tags.PatientName, 'PN', patient.patientName],
    [Tags.PatientID, 'LO', patient.patientId],
    [Tags.IssuerOfPatientID, 'LO', 'SPRINGFIELD'],
    [Tags.PatientBirthDate, 'DA', patient.birthDate],
    [Tags.PatientSex, 'CS', 'F'],
    [Tags.PatientAge, 'AS', '061Y'],
    [tag(0x0010, 0x1000), 'LO', PLANTED.otherPatientId],
    [tag(0x0010, 0x1020), 'DS', '1.65'],
    [tag(0x0010, 0x1030), 'DS', '62'],
    [tag(0x0010, 0x1040), 'LO', '12 Example Street^Springfield'],
    [tag(0x0010, 0x2154), 'SH', '+886 2 2345 6789'],
    [tag(0x0010, 0x21b0), 'LT', `Follow-up of nodule; seen on ${patient.studyDate} by Dr. Hibbert`],
    [tag(0x0010, 0x4000), 'LT', 'Claustrophobic'],
    [Tags.BodyPartExamined, 'CS', 'CHEST'],
    [tag(0x0018, 0x0010), 'LO', 'OMNIPAQUE 350'],
    [tag(0x0018, 0x0022), 'CS', 'HELICAL MODE'],
    [tag(0x0018, 0x0050), 'DS', '1.25'],
    [tag(0x0018, 0x0060), 'DS', '120'],
    [tag(0x0018, 0x0088), 'DS', '1.25'],
    [tag(0x0018, 0x0090), 'DS', '500'],
    [tag(0x0018, 0x1000), 'LO', PLANTED.deviceSerial],
    [tag(0x0018, 0x1020), 'LO', 'revo_ct_22mw.52'],
    [tag(0x0018, 0x1030), 'LO', 'CHEST ABD PELVIS 5.2'],
    [tag(0x0018, 0x1100), 'DS', '360'],
    [tag(0x0018, 0x1110), 'DS', '1085.6'],
    [tag(0x0018, 0x1111), 'DS', '626.6'],
    [tag(0x0018, 0x1120), 'DS', '0'],
    [tag(0x0018, 0x1130), 'DS', '157.5'],
    [tag(0x0018, 0x1140), 'CS', 'CW'],
    [tag(0x0018, 0x1150), 'IS', '500'],
    [tag(0x0018, 0x1151), 'IS', '345'],
    [tag(0x0018, 0x1152), 'IS', '172'],
    [tag(0x0018, 0x1160), 'SH', 'BODY FILTER'],
    [tag(0x0018, 0x1170), 'IS', '41400'],
    [tag(0x0018, 0x1190), 'DS', '0.7'],
    [tag(0x0018, 0x1210), 'SH', 'STANDARD'],
    [tag(0x0018, 0x5100), 'CS', 'FFS'],
    [tag(0x0018, 0x9323), 'CS', 'DOSE_MODULATION'],
    [Tags.StudyInstanceUID, 'UI', patient.studyUid],
    [Tags.SeriesInstanceUID, 'UI', SERIES_UID],
    [Tags.StudyID, 'SH', 'S12345'],
    [Tags.SeriesNumber, 'IS', '3'],
    [tag(0x0020, 0x0012), 'IS', '1'],
    [Tags.InstanceNumber, 'IS', '42'],
    [tag(0x0020, 0x0032), 'DS', '-250\\-250\\-120.5'],
    [tag(0x0020, 0x0037), 'DS', '1\\0\\0\\0\\1\\0'],
    [Tags.FrameOfReferenceUID, 'UI', FRAME_OF_REFERENCE_UID],
    [tag(0x0020, 0x1040), 'LO', 'SN'],
    [tag(0x0020, 0x1041), 'DS', '-120.5'],
    [tag(0x0020, 0x4000), 'LT', `Reconstructed at ${PLANTED.station}, call 02-2345-6789`],
    [Tags.PhotometricInterpretation, 'CS', 'MONOCHROME2'],
    [tag(0x0028, 0x0030), 'DS', '0.7\\0.7'],
    [tag(0x0028, 0x1050), 'DS', '40'],
    [tag(0x0028, 0x1051), 'DS', '400'],
    [tag(0x0028, 0x1052), 'DS', '-1024'],
    [tag(0x0028, 0x1053), 'DS', '1'],
    [tag(0x0028, 0x1054), 'LO', 'HU'],
    [tag(0x0032, 0x1060), 'LO', 'CT CHEST W CONTRAST'],
    [tag(0x0040, 0x0244), 'DA', patient.studyDate],
    [tag(0x0040, 0x0245), 'TM', '100900'],
    [tag(0x0040, 0x0253), 'SH', 'PPS7788'],
    [tag(0x0040, 0x0254), 'LO', 'CT CHEST'],
  ]);
  for (const [elementTag, value] of [
    [Tags.SamplesPerPixel, 1],
    [Tags.Rows, size],
    [Tags.Columns, size],
    [Tags.BitsAllocated, 16],
    [Tags.BitsStored, 16],
    [Tags.HighBit, 15],
    [Tags.PixelRepresentation, 1],
  ] as const) {
    putBinary(dataset, elementTag, 'US', us(value));
  }

  // Sequences: a referenced study, a request with a nested code (depth 3), and a procedure code.
  dataset.set({
    kind: 'sequence',
    tag: tag(0x0008, 0x1110),
    vr: 'SQ',
    items: [
      item(dataset, [
        [tag(0x0008, 0x1150), 'UI', '1.2.840.10008.3.1.2.3.1'],
        [tag(0x0008, 0x1155), 'UI', `${patient.studyUid}.9`],
      ]),
    ],
  });
  const request = item(dataset, [
    [tag(0x0040, 0x1001), 'SH', PLANTED.requestedProcedureId],
    [tag(0x0040, 0x0009), 'SH', 'SPS4455'],
    [tag(0x0040, 0x0007), 'LO', `CT CHEST for ${patient.patientName.replace(/\^/g, ' ')}`],
    [tag(0x0032, 0x1060), 'LO', 'CT CHEST W CONTRAST'],
  ]);
  const protocolCode = request.createItem();
  put(protocolCode, [
    [tag(0x0008, 0x0100), 'SH', 'CTCHEST'],
    [tag(0x0008, 0x0102), 'SH', 'LOCAL'],
    [tag(0x0008, 0x0104), 'LO', 'CT Chest'],
  ]);
  request.set({ kind: 'sequence', tag: tag(0x0040, 0x0008), vr: 'SQ', items: [protocolCode] });
  dataset.set({ kind: 'sequence', tag: tag(0x0040, 0x0275), vr: 'SQ', items: [request] });
  dataset.set({
    kind: 'sequence',
    tag: tag(0x0008, 0x1032),
    vr: 'SQ',
    items: [
      item(dataset, [
        [tag(0x0008, 0x0100), 'SH', 'CTCAP'],
        [tag(0x0008, 0x0102), 'SH', 'LOCAL'],
        [tag(0x0008, 0x0104), 'LO', 'CT chest abdomen pelvis'],
      ]),
    ],
  });

  // GEMS_IDEN_01 holds copies of identifying values; GEMS_ACQU_01 holds acquisition numbers, some on the safe list.
  put(dataset, [
    [tag(0x0009, 0x0010), 'LO', 'GEMS_IDEN_01'],
    [tag(0x0009, 0x1001), 'LO', patient.patientName],
    [tag(0x0009, 0x1002), 'SH', PLANTED.station],
    [tag(0x0009, 0x1004), 'SH', 'LightSpeed'],
    [tag(0x0009, 0x1027), 'LO', patient.studyDate],
    [tag(0x0019, 0x0010), 'LO', 'GEMS_ACQU_01'],
    [tag(0x0019, 0x109e), 'LO', `HELIX_${patient.studyDate}`],
  ]);
  for (let element = 0x1002; element <= 0x1030; element += 1) {
    dataset.setString(tag(0x0019, element), 'DS', `${(element & 0xff) * 1.5}`);
  }

  const pixelBytes = options.pixels ?? rampPixels(size);
  putBinary(dataset, Tags.PixelData, 'OW', pixelBytes);

  const meta = new DicomDataset(true);
  meta.setString(Tags.MediaStorageSOPClassUID, 'UI', '1.2.840.10008.5.1.4.1.1.2');
  meta.setString(Tags.MediaStorageSOPInstanceUID, 'UI', sopInstanceUid);
  meta.setString(Tags.TransferSyntaxUID, 'UI', TransferSyntax.ExplicitVRLittleEndian);
  return {
    preamble: null,
    meta,
    dataset,
    transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
    encoding: { littleEndian: true, explicitVr: true, deflated: false },
  };
}

function rampPixels(size: number): Uint8Array {
  const bytes = new Uint8Array(size * size * 2);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < size * size; i += 1) view.setInt16(i * 2, ((i * 7) % 3000) - 1024, true);
  return bytes;
}

/** A synthetic CT slice as Part 10 bytes. */
export function syntheticCtBytes(options: SyntheticCtOptions = {}): Uint8Array {
  return serializeDicom(syntheticCt(options));
}

/**
 * A Comprehensive SR of the same patient that references CT instances (evidence sequence and an IMAGE
 * content item) and holds a TEXT item and a PNAME item with identifying values.
 */
export function syntheticSrBytes(
  patient: SyntheticPatient,
  referencedSopInstanceUids: readonly string[],
): Uint8Array {
  const dataset = new DicomDataset(true);
  const srUid = `${patient.studyUid}.500.1`;
  put(dataset, [
    [Tags.SpecificCharacterSet, 'CS', 'ISO_IR 192'],
    [Tags.SOPClassUID, 'UI', '1.2.840.10008.5.1.4.1.1.88.33'],
    [Tags.SOPInstanceUID, 'UI', srUid],
    [Tags.StudyDate, 'DA', patient.studyDate],
    [Tags.ContentDate, 'DA', patient.studyDate],
    [Tags.Modality, 'CS', 'SR'],
    [Tags.PatientName, 'PN', patient.patientName],
    [Tags.PatientID, 'LO', patient.patientId],
    [Tags.StudyInstanceUID, 'UI', patient.studyUid],
    [Tags.SeriesInstanceUID, 'UI', `${patient.studyUid}.500`],
    [tag(0x0040, 0xa040), 'CS', 'CONTAINER'],
  ]);
  const evidence = item(dataset, [[Tags.StudyInstanceUID, 'UI', patient.studyUid]]);
  const series = item(evidence, [[Tags.SeriesInstanceUID, 'UI', SERIES_UID]]);
  series.set({
    kind: 'sequence',
    tag: tag(0x0008, 0x1199),
    vr: 'SQ',
    items: referencedSopInstanceUids.map((uid) =>
      item(series, [
        [tag(0x0008, 0x1150), 'UI', '1.2.840.10008.5.1.4.1.1.2'],
        [tag(0x0008, 0x1155), 'UI', uid],
      ]),
    ),
  });
  evidence.set({ kind: 'sequence', tag: tag(0x0008, 0x1115), vr: 'SQ', items: [series] });
  dataset.set({ kind: 'sequence', tag: tag(0x0040, 0xa375), vr: 'SQ', items: [evidence] });

  const text = item(dataset, [
    [tag(0x0040, 0xa010), 'CS', 'CONTAINS'],
    [tag(0x0040, 0xa040), 'CS', 'TEXT'],
    [
      tag(0x0040, 0xa160),
      'UT',
      `Nodule 6 mm in the right upper lobe. Patient ${patient.patientName.replace(/\^/g, ' ')}, MRN ${patient.patientId}.`,
    ],
  ]);
  const person = item(dataset, [
    [tag(0x0040, 0xa010), 'CS', 'CONTAINS'],
    [tag(0x0040, 0xa040), 'CS', 'PNAME'],
    [tag(0x0040, 0xa123), 'PN', PLANTED.referringPhysician],
  ]);
  const image = item(dataset, [
    [tag(0x0040, 0xa010), 'CS', 'CONTAINS'],
    [tag(0x0040, 0xa040), 'CS', 'IMAGE'],
  ]);
  image.set({
    kind: 'sequence',
    tag: tag(0x0008, 0x1199),
    vr: 'SQ',
    items: [
      item(image, [
        [tag(0x0008, 0x1150), 'UI', '1.2.840.10008.5.1.4.1.1.2'],
        [tag(0x0008, 0x1155), 'UI', referencedSopInstanceUids[0] ?? ''],
      ]),
    ],
  });
  dataset.set({ kind: 'sequence', tag: tag(0x0040, 0xa730), vr: 'SQ', items: [text, person, image] });

  const meta = new DicomDataset(true);
  meta.setString(Tags.TransferSyntaxUID, 'UI', TransferSyntax.ExplicitVRLittleEndian);
  return serializeDicom({
    preamble: null,
    meta,
    dataset,
    transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
    encoding: { littleEndian: true, explicitVr: true, deflated: false },
  });
}
