import type { CtUidFactory, CtVendor, CtVendorStyle } from './ct-vendor';
import type { DatasetBuilder } from './dataset-builder';
import type { CtStudyDetails, StudyCast } from './ct-study-details';
import { formatPhantomName, spokenName, type PhantomPatient } from './phantom-patient';

const CT_IMAGE_STORAGE = '1.2.840.10008.5.1.4.1.1.2';

/** What the study-level attributes are written from. */
export interface StudyLevelInput {
  readonly patient: PhantomPatient;
  readonly patientName: string;
  readonly details: CtStudyDetails;
  readonly cast: StudyCast;
  readonly uids: CtUidFactory;
  readonly style: CtVendorStyle;
  readonly vendor: CtVendor;
}

/** Writes the attributes every slice of the study shares: patient, study, series, equipment, request. */
export function writeStudyLevel(builder: DatasetBuilder, input: StudyLevelInput): void {
  const { patient, patientName, details, cast, uids, style } = input;
  const { studyDate, studyTime } = details;
  const mrn = patient.patientId;
  builder
    .text('ImageType', style.imageType)
    .text('InstanceCreationDate', studyDate)
    .text('InstanceCreationTime', studyTime)
    .text('SOPClassUID', CT_IMAGE_STORAGE)
    .text('StudyDate', studyDate)
    .text('SeriesDate', studyDate)
    .text('AcquisitionDate', studyDate)
    .text('ContentDate', studyDate)
    .text('StudyTime', studyTime)
    .text('SeriesTime', addSeconds(studyTime, 140))
    .text('AccessionNumber', details.accessionNumber)
    .sequence('IssuerOfAccessionNumberSequence', (item) => item.text('LocalNamespaceEntityID', 'RIS'))
    .text('Modality', 'CT')
    .text('Manufacturer', style.manufacturer)
    .text('InstitutionName', details.institution)
    .text('InstitutionAddress', `${details.institution}, ${cast.institutionAddress}`)
    .text('ReferringPhysicianName', formatPhantomName(cast.referring))
    .text('TimezoneOffsetFromUTC', '+0800')
    .text('StationName', cast.stationName)
    .sequence('ProcedureCodeSequence', (item) =>
      item
        .text('CodeValue', 'CT0412')
        .text('CodingSchemeDesignator', '99HIS')
        .text('CodeMeaning', details.description),
    )
    .text('StudyDescription', details.description)
    .text('SeriesDescription', `Axial ${style.kernel} 1.25mm`)
    .text('InstitutionalDepartmentName', cast.department)
    .text('PerformingPhysicianName', formatPhantomName(cast.performing))
    .text('OperatorsName', formatPhantomName(cast.operator))
    .text('ManufacturerModelName', cast.model)
    .sequence('ReferencedStudySequence', (item) =>
      item
        .text('ReferencedSOPClassUID', '1.2.840.10008.3.1.2.3.1')
        .text('ReferencedSOPInstanceUID', uids.priorStudy),
    )
    .text('IrradiationEventUID', uids.irradiationEvent)
    .text('PatientName', patientName)
    .text('PatientID', mrn)
    .text('IssuerOfPatientID', patient.issuerOfPatientId)
    .text('PatientBirthDate', patient.birthDate)
    .text('PatientSex', patient.sex)
    .text('OtherPatientIDs', patient.nationalId)
    .sequence('OtherPatientIDsSequence', (item) =>
      item
        .text('PatientID', patient.nationalId)
        .text('IssuerOfPatientID', 'TW-MOI')
        .text('TypeOfPatientID', 'TEXT'),
    )
    .text('PatientAge', `${String(ageInYears(patient.birthDate, studyDate)).padStart(3, '0')}Y`)
    .text('PatientSize', String(patient.sizeMetres))
    .text('PatientWeight', String(patient.weightKg))
    .text('PatientAddress', patient.address)
    .text('PatientTelephoneNumbers', patient.phone)
    .text(
      'AdditionalPatientHistory',
      `Follow-up of RUL nodule. MRN ${mrn}; call ${patient.phone} before the scan.`,
    )
    .text('PatientComments', `Pt ${spokenName(patient.name)} prefers Mandarin; no known contrast allergy.`)
    .text('BodyPartExamined', 'CHEST')
    .text('ContrastBolusAgent', 'OMNIPAQUE 350')
    .text('ContrastBolusRoute', 'IV')
    .text('ContrastBolusVolume', '80')
    .text('ScanOptions', 'HELICAL MODE')
    .text('KVP', '120')
    .text('DataCollectionDiameter', '500')
    .text('DeviceSerialNumber', cast.deviceSerialNumber)
    .text('SoftwareVersions', cast.software)
    .text('ProtocolName', `5.${input.vendor === 'GE' ? 2 : 7} ${details.description.slice(0, 40)}`)
    .text('ReconstructionDiameter', '500')
    .text('DistanceSourceToDetector', '1085.6')
    .text('DistanceSourceToPatient', '626.6')
    .text('GantryDetectorTilt', '0')
    .text('TableHeight', '157.5')
    .text('RotationDirection', 'CW')
    .text('ExposureTime', '500')
    .text('FilterType', 'BODY FILTER')
    .text('GeneratorPower', '72')
    .text('FocalSpots', '0.7')
    .text('ConvolutionKernel', style.kernel)
    .text('DateOfLastCalibration', cast.lastCalibrationDate)
    .text('PatientPosition', 'HFS')
    .binary('RevolutionTime', 'FD', 0.5)
    .binary('SingleCollimationWidth', 'FD', 0.625)
    .binary('TotalCollimationWidth', 'FD', 40)
    .binary('TableSpeed', 'FD', 78.75)
    .binary('TableFeedPerRotation', 'FD', 39.375)
    .binary('SpiralPitchFactor', 'FD', 0.984375)
    .text('ExposureModulationType', 'DOSE_MODULATION')
    .sequence('CTDIPhantomTypeCodeSequence', (item) =>
      item
        .text('CodeValue', '113691')
        .text('CodingSchemeDesignator', 'DCM')
        .text('CodeMeaning', 'IEC Body Dosimetry Phantom'),
    )
    .text('StudyInstanceUID', uids.study)
    .text('SeriesInstanceUID', uids.series)
    .text('StudyID', cast.studyId)
    .text('SeriesNumber', '3')
    .text('AcquisitionNumber', '1')
    .text('ImageOrientationPatient', ['1', '0', '0', '0', '1', '0'])
    .text('FrameOfReferenceUID', uids.frameOfReference)
    .text('PositionReferenceIndicator', 'SN')
    .binary('SamplesPerPixel', 'US', 1)
    .text('PhotometricInterpretation', 'MONOCHROME2')
    .binary('BitsAllocated', 'US', 16)
    .binary('BitsStored', 'US', style.encoding.bitsStored)
    .binary('HighBit', 'US', style.encoding.bitsStored - 1)
    .binary('PixelRepresentation', 'US', style.encoding.signed ? 1 : 0)
    .text('WindowCenter', ['40', '-600'])
    .text('WindowWidth', ['400', '1500'])
    .text('RescaleIntercept', String(style.encoding.rescaleIntercept))
    .text('RescaleSlope', String(style.encoding.rescaleSlope))
    .text('RescaleType', 'HU')
    .text('WindowCenterWidthExplanation', ['SOFT TISSUE', 'LUNG'])
    .text('RequestingPhysician', formatPhantomName(cast.requesting))
    .text('RequestedProcedureDescription', details.description)
    .text('PerformedProcedureStepStartDate', studyDate)
    .text('PerformedProcedureStepStartTime', studyTime)
    .text('PerformedProcedureStepID', cast.performedStepId)
    .text('PerformedProcedureStepDescription', details.description)
    .sequence('RequestAttributesSequence', (request) =>
      request
        .text('AccessionNumber', details.accessionNumber)
        .text('StudyInstanceUID', uids.study)
        .text('RequestedProcedureDescription', details.description)
        .sequence('RequestedProcedureCodeSequence', (code) =>
          code
            .text('CodeValue', 'CT0412')
            .text('CodingSchemeDesignator', '99HIS')
            .text('CodeMeaning', details.description),
        )
        .text('ScheduledProcedureStepDescription', details.description)
        .sequence('ScheduledProtocolCodeSequence', (protocol) =>
          protocol
            .text('CodeValue', 'CAP-C')
            .text('CodingSchemeDesignator', '99HIS')
            .text('CodeMeaning', 'Chest abdomen pelvis, contrast')
            // Three levels down: an ordering note that names the patient and the requesting physician.
            .sequence('ProtocolContextSequence', (context) =>
              context
                .text('ValueType', 'TEXT')
                .sequence('ConceptNameCodeSequence', (name) =>
                  name
                    .text('CodeValue', '121106')
                    .text('CodingSchemeDesignator', 'DCM')
                    .text('CodeMeaning', 'Comment'),
                )
                .text(
                  'TextValue',
                  `Ordered by Dr. ${cast.requesting.family} for ${spokenName(patient.name)}, MRN ${mrn}.`,
                ),
            ),
        )
        .text('ScheduledProcedureStepID', cast.scheduledStepId)
        .text('RequestedProcedureID', cast.requestedProcedureId)
        .text('ReasonForTheRequestedProcedure', 'Follow-up of RUL nodule'),
    );
}

/** What the attributes of one slice are written from. */
export interface SliceLevelInput {
  readonly index: number;
  readonly sopInstanceUid: string;
  readonly z: number;
  readonly thickness: number;
  readonly studyTime: string;
  readonly rows: number;
  readonly columns: number;
  readonly patient: PhantomPatient;
}

/** Writes the attributes of one slice: instance UID, times, position, dose and image size. */
export function writeSliceLevel(builder: DatasetBuilder, input: SliceLevelInput): void {
  const { index, z, studyTime, rows, columns } = input;
  const spacing = (500 / Math.max(rows, columns)).toFixed(6);
  const acquired = addSeconds(studyTime, 180, index * 0.1375);
  // Tube current follows the patient's width: dose modulation gives every slice its own mA and CTDIvol.
  const current = 180 + Math.round(120 * Math.sin((Math.PI * (index + 1)) / 280) ** 2);
  builder
    .text('SOPInstanceUID', input.sopInstanceUid)
    .text('AcquisitionTime', acquired)
    .text('ContentTime', addSeconds(studyTime, 240, index * 0.02))
    .text('SliceThickness', String(input.thickness))
    .text('XRayTubeCurrent', String(current))
    .text('Exposure', String(Math.round(current / 2)))
    .binary('CTDIvol', 'FD', Math.round(current * 3.1) / 100)
    .text('InstanceNumber', String(index + 1))
    .text('ImagePositionPatient', ['-249.511719', '-249.511719', formatMillimetres(z)])
    .text('SliceLocation', formatMillimetres(z))
    .text(
      'ImageComments',
      index === 0 ? `Scout repeated, ${spokenName(input.patient.name)} moved` : 'Axial helical',
    )
    .binary('Rows', 'US', rows)
    .binary('Columns', 'US', columns)
    .text('PixelSpacing', [spacing, spacing]);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

/** HHMMSS plus whole and fractional seconds, as a TM value (fraction to microseconds when present). */
function addSeconds(time: string, seconds: number, fraction = 0): string {
  const start = Number(time.slice(0, 2)) * 3600 + Number(time.slice(2, 4)) * 60 + Number(time.slice(4, 6));
  const total = (start + seconds + fraction) % 86_400;
  const whole = Math.floor(total);
  const text = `${pad(Math.floor(whole / 3600))}${pad(Math.floor((whole % 3600) / 60))}${pad(whole % 60)}`;
  if (fraction === 0) return text;
  return `${text}.${String(Math.floor((total - whole) * 1e6)).padStart(6, '0')}`;
}

function ageInYears(birthDate: string, onDate: string): number {
  const years = Number(onDate.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return onDate.slice(4) < birthDate.slice(4) ? years - 1 : years;
}

function formatMillimetres(value: number): string {
  return value === 0 ? '0' : value.toFixed(3).replace(/\.?0+$/, '');
}
