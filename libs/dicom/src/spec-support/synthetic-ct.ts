import { DicomDataset } from '../dataset';
import { TransferSyntax, type DicomFile } from '../dicom-file';
import { tag, Tags, type Tag } from '../tag';
import type { VR } from '../vr';

type Row = [Tag, VR, string];

// A CT header of about 150 elements, shaped like a vendor's: the usual modules, nested sequences and two private
// blocks. Values are synthetic.
const TOP_LEVEL: Row[] = [
  [Tags.SpecificCharacterSet, 'CS', 'ISO_IR 100'],
  [Tags.ImageType, 'CS', 'ORIGINAL\\PRIMARY\\AXIAL'],
  [tag(0x0008, 0x0012), 'DA', '20240315'],
  [tag(0x0008, 0x0013), 'TM', '101512.123000'],
  [Tags.SOPClassUID, 'UI', '1.2.840.10008.5.1.4.1.1.2'],
  [Tags.SOPInstanceUID, 'UI', '1.2.826.0.1.3680043.8.498.10200312345678901234567890123456789'],
  [Tags.StudyDate, 'DA', '20240315'],
  [Tags.SeriesDate, 'DA', '20240315'],
  [Tags.AcquisitionDate, 'DA', '20240315'],
  [Tags.ContentDate, 'DA', '20240315'],
  [Tags.StudyTime, 'TM', '100955'],
  [tag(0x0008, 0x0031), 'TM', '101201'],
  [tag(0x0008, 0x0032), 'TM', '101455.870000'],
  [tag(0x0008, 0x0033), 'TM', '101512.120000'],
  [Tags.AccessionNumber, 'SH', 'A20240315001'],
  [Tags.Modality, 'CS', 'CT'],
  [Tags.Manufacturer, 'LO', 'GE MEDICAL SYSTEMS'],
  [Tags.InstitutionName, 'LO', 'General Hospital'],
  [tag(0x0008, 0x0081), 'ST', '1 Hospital Road, Springfield'],
  [tag(0x0008, 0x0090), 'PN', 'Referring^Doctor^^Dr'],
  [tag(0x0008, 0x0201), 'SH', '+0100'],
  [tag(0x0008, 0x1010), 'SH', 'CT01'],
  [Tags.StudyDescription, 'LO', 'CT CHEST ABDOMEN PELVIS WITH CONTRAST'],
  [Tags.SeriesDescription, 'LO', 'AXIAL 1.25MM STD'],
  [tag(0x0008, 0x1040), 'LO', 'RADIOLOGY'],
  [tag(0x0008, 0x1050), 'PN', 'Performing^Doctor'],
  [tag(0x0008, 0x1070), 'PN', 'Operator^One'],
  [Tags.ManufacturerModelName, 'LO', 'Revolution CT'],
  [Tags.PatientName, 'PN', 'Doe^Jane^Q'],
  [Tags.PatientID, 'LO', 'MRN00012345'],
  [Tags.PatientBirthDate, 'DA', '19620704'],
  [Tags.PatientSex, 'CS', 'F'],
  [Tags.PatientAge, 'AS', '061Y'],
  [tag(0x0010, 0x1000), 'LO', 'OID-998877'],
  [tag(0x0010, 0x1020), 'DS', '1.65'],
  [tag(0x0010, 0x1030), 'DS', '62'],
  [tag(0x0010, 0x1040), 'LO', '12 Example Street, Springfield'],
  [tag(0x0010, 0x2160), 'SH', 'UNKNOWN'],
  [tag(0x0010, 0x21b0), 'LT', 'Follow-up of pulmonary nodule'],
  [Tags.BodyPartExamined, 'CS', 'CHEST'],
  [tag(0x0018, 0x0022), 'CS', 'HELICAL MODE'],
  [tag(0x0018, 0x0050), 'DS', '1.25'],
  [tag(0x0018, 0x0060), 'DS', '120'],
  [tag(0x0018, 0x0088), 'DS', '1.25'],
  [tag(0x0018, 0x0090), 'DS', '500'],
  [tag(0x0018, 0x1000), 'LO', 'SN123456'],
  [tag(0x0018, 0x1020), 'LO', 'revo_ct_22mw.52'],
  [tag(0x0018, 0x1030), 'LO', '5.2 CHEST ABD PELVIS'],
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
  [tag(0x0018, 0x9305), 'FD', '0.5'],
  [tag(0x0018, 0x9306), 'FD', '0.625'],
  [tag(0x0018, 0x9307), 'FD', '40'],
  [tag(0x0018, 0x9309), 'FD', '78.75'],
  [tag(0x0018, 0x9310), 'FD', '39.375'],
  [tag(0x0018, 0x9311), 'FD', '0.984375'],
  [tag(0x0018, 0x9323), 'CS', 'DOSE_MODULATION'],
  [Tags.StudyInstanceUID, 'UI', '1.2.826.0.1.3680043.8.498.11223344556677889900112233445566'],
  [Tags.SeriesInstanceUID, 'UI', '1.2.826.0.1.3680043.8.498.22334455667788990011223344556677'],
  [Tags.StudyID, 'SH', '4711'],
  [Tags.SeriesNumber, 'IS', '3'],
  [tag(0x0020, 0x0012), 'IS', '1'],
  [Tags.InstanceNumber, 'IS', '117'],
  [tag(0x0020, 0x0032), 'DS', '-249.51\\-412.51\\-146.25'],
  [tag(0x0020, 0x0037), 'DS', '1\\0\\0\\0\\1\\0'],
  [Tags.FrameOfReferenceUID, 'UI', '1.2.826.0.1.3680043.8.498.33445566778899001122334455667788'],
  [tag(0x0020, 0x1040), 'LO', 'SN'],
  [tag(0x0020, 0x1041), 'DS', '-146.25'],
  [tag(0x0020, 0x4000), 'LT', 'Contrast: 100 ml IV'],
  [Tags.SamplesPerPixel, 'US', '1'],
  [Tags.PhotometricInterpretation, 'CS', 'MONOCHROME2'],
  [Tags.Rows, 'US', '512'],
  [Tags.Columns, 'US', '512'],
  [tag(0x0028, 0x0030), 'DS', '0.976562\\0.976562'],
  [Tags.BitsAllocated, 'US', '16'],
  [Tags.BitsStored, 'US', '16'],
  [Tags.HighBit, 'US', '15'],
  [Tags.PixelRepresentation, 'US', '1'],
  [tag(0x0028, 0x0120), 'SS', '-2000'],
  [tag(0x0028, 0x1050), 'DS', '40'],
  [tag(0x0028, 0x1051), 'DS', '400'],
  [tag(0x0028, 0x1052), 'DS', '-1024'],
  [tag(0x0028, 0x1053), 'DS', '1'],
  [tag(0x0028, 0x1054), 'LO', 'HU'],
  [tag(0x0032, 0x1032), 'PN', 'Requesting^Physician'],
  [tag(0x0032, 0x1060), 'LO', 'CT CHEST ABDOMEN PELVIS'],
  [tag(0x0040, 0x0244), 'DA', '20240315'],
  [tag(0x0040, 0x0245), 'TM', '100955'],
  [tag(0x0040, 0x0253), 'SH', 'PPS4711'],
  [tag(0x0040, 0x0254), 'LO', 'CT CAP'],
];

const GE_ACQUISITION: Row[] = [
  [tag(0x0019, 0x0010), 'LO', 'GEMS_ACQU_01'],
  [tag(0x0019, 0x1002), 'SL', '872'],
  [tag(0x0019, 0x1003), 'DS', '2.5'],
  [tag(0x0019, 0x1011), 'SS', '1'],
  [tag(0x0019, 0x1018), 'LO', 'HSP'],
  [tag(0x0019, 0x1023), 'DS', '39.375'],
  [tag(0x0019, 0x1024), 'DS', '-146.25'],
  [tag(0x0019, 0x1026), 'SL', '117'],
  [tag(0x0019, 0x1027), 'DS', '0.5'],
  [tag(0x0019, 0x102c), 'SL', '5'],
  [tag(0x0019, 0x1039), 'SS', '1'],
  [tag(0x0019, 0x1042), 'SS', '0'],
  [tag(0x0019, 0x1043), 'SS', '0'],
  [tag(0x0019, 0x1047), 'SS', '0'],
  [tag(0x0019, 0x1052), 'SS', '0'],
];

const GE_PARAMETERS: Row[] = [
  [tag(0x0043, 0x0010), 'LO', 'GEMS_PARM_01'],
  [tag(0x0043, 0x1010), 'US', '120'],
  [tag(0x0043, 0x1012), 'SS', '14'],
  [tag(0x0043, 0x101e), 'DS', '1.25'],
  [tag(0x0043, 0x101f), 'SL', '345'],
  [tag(0x0043, 0x1021), 'SS', '0'],
  [tag(0x0043, 0x1025), 'SS', '0'],
  [tag(0x0043, 0x1026), 'US', '0'],
  [tag(0x0043, 0x1027), 'SH', '/0.5:1'],
  [tag(0x0043, 0x1028), 'OB', ''],
  [tag(0x0043, 0x102b), 'SS', '4\\4\\0\\0'],
  [tag(0x0043, 0x1031), 'DS', '-7.5\\-0.5'],
  [tag(0x0043, 0x1040), 'FL', ''],
  [tag(0x0043, 0x1064), 'CS', 'SPIRAL'],
];

function set(dataset: DicomDataset, [elementTag, vr, value]: Row): void {
  if (vr === 'US') {
    dataset.setUint16(elementTag, Number(value));
    return;
  }
  const binary: Partial<Record<VR, number>> = { SS: 2, SL: 4, FL: 4, FD: 8, OB: 16 };
  const size = binary[vr];
  if (size !== undefined) {
    const values = value === '' ? [0.5, 1.5] : value.split('\\').map(Number);
    const bytes = new Uint8Array(size === 16 ? 16 : size * values.length);
    const view = new DataView(bytes.buffer);
    values.forEach((number, i) => {
      if (vr === 'SS') view.setInt16(i * 2, number, true);
      if (vr === 'SL') view.setInt32(i * 4, number, true);
      if (vr === 'FL') view.setFloat32(i * 4, number, true);
      if (vr === 'FD') view.setFloat64(i * 8, number, true);
    });
    dataset.set({ kind: 'value', tag: elementTag, vr, bytes });
    return;
  }
  dataset.setString(elementTag, vr, value);
}

function codeItem(parent: DicomDataset, value: string, meaning: string): DicomDataset {
  const item = parent.createItem();
  item.setString(tag(0x0008, 0x0100), 'SH', value);
  item.setString(tag(0x0008, 0x0102), 'SH', 'DCM');
  item.setString(tag(0x0008, 0x0104), 'LO', meaning);
  return item;
}

/** Builds a 512×512 signed 16-bit CT slice with a realistic header (explicit VR little endian). */
export function syntheticCtFile(): DicomFile {
  const dataset = new DicomDataset(true);
  for (const row of [...TOP_LEVEL, ...GE_ACQUISITION, ...GE_PARAMETERS]) set(dataset, row);

  const referenced = dataset.createItem();
  referenced.setString(tag(0x0008, 0x1150), 'UI', '1.2.840.10008.5.1.4.1.1.2');
  referenced.setString(
    tag(0x0008, 0x1155),
    'UI',
    '1.2.826.0.1.3680043.8.498.44556677889900112233445566778899',
  );
  dataset.set({ kind: 'sequence', tag: tag(0x0008, 0x1140), vr: 'SQ', items: [referenced] });
  dataset.set({
    kind: 'sequence',
    tag: tag(0x0008, 0x1032),
    vr: 'SQ',
    items: [codeItem(dataset, 'CTCAP', 'CT chest abdomen pelvis')],
  });

  const request = dataset.createItem();
  request.setString(tag(0x0040, 0x1001), 'SH', 'RP4711');
  request.setString(tag(0x0040, 0x0009), 'SH', 'SPS4711');
  request.set({
    kind: 'sequence',
    tag: tag(0x0040, 0x0008),
    vr: 'SQ',
    items: [codeItem(request, 'CTCAP', 'CT chest abdomen pelvis')],
  });
  const reason = request.createItem();
  reason.set({
    kind: 'sequence',
    tag: tag(0x0040, 0xa043),
    vr: 'SQ',
    items: [codeItem(reason, '12345', 'Nodule follow-up')],
  });
  request.set({ kind: 'sequence', tag: tag(0x0040, 0x100a), vr: 'SQ', items: [reason] });
  dataset.set({ kind: 'sequence', tag: tag(0x0040, 0x0275), vr: 'SQ', items: [request] });

  const pixels = new Uint8Array(512 * 512 * 2);
  const view = new DataView(pixels.buffer);
  for (let i = 0; i < 512 * 512; i++) view.setInt16(i * 2, ((i * 37) % 3000) - 1024, true);
  dataset.set({ kind: 'value', tag: Tags.PixelData, vr: 'OW', bytes: pixels });

  return {
    preamble: null,
    meta: new DicomDataset(true),
    dataset,
    transferSyntaxUid: TransferSyntax.ExplicitVRLittleEndian,
    encoding: { littleEndian: true, explicitVr: true, deflated: false },
  };
}

/** The number of elements at every depth. */
export function countElements(dataset: DicomDataset): number {
  let count = 0;
  for (const element of dataset) {
    count += 1;
    if (element.kind === 'sequence') for (const item of element.items) count += countElements(item);
  }
  return count;
}
