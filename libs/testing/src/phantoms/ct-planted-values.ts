import type { CtStudyDetails, StudyCast } from './ct-study-details';
import type { CtUidFactory } from './ct-vendor';
import { formatPhantomName, type PhantomName, type PhantomPatient } from './phantom-patient';
import type { PlantedIdentifier } from './planted-identifier';

/** Every study-level identifying value the headers hold, with where it is. */
export function plantedValues(
  patient: PhantomPatient,
  details: CtStudyDetails,
  cast: StudyCast,
  uids: CtUidFactory,
): PlantedIdentifier[] {
  const person = (
    name: PhantomName,
    kind: 'patient-name' | 'person-name',
    where: string,
  ): PlantedIdentifier[] => [
    { kind, value: formatPhantomName(name), where },
    { kind, value: name.family, where: `${where} family` },
    { kind, value: name.given, where: `${where} given` },
    ...(name.ideographicFamily && name.ideographicGiven
      ? [
          {
            kind,
            value: `${name.ideographicFamily}^${name.ideographicGiven}`,
            where: `${where} ideographic`,
          },
          { kind, value: name.ideographicGiven, where: `${where} ideographic given` },
        ]
      : []),
  ];
  return [
    ...person(patient.name, 'patient-name', 'PatientName'),
    ...person(cast.referring, 'person-name', 'ReferringPhysicianName'),
    ...person(cast.performing, 'person-name', 'PerformingPhysicianName'),
    ...person(cast.operator, 'person-name', 'OperatorsName'),
    ...person(cast.requesting, 'person-name', 'RequestingPhysician'),
    { kind: 'patient-id', value: patient.patientId, where: 'PatientID' },
    { kind: 'national-id', value: patient.nationalId, where: 'OtherPatientIDs, OtherPatientIDsSequence' },
    { kind: 'birth-date', value: patient.birthDate, where: 'PatientBirthDate' },
    { kind: 'address', value: patient.address, where: 'PatientAddress' },
    { kind: 'phone', value: patient.phone, where: 'PatientTelephoneNumbers, AdditionalPatientHistory' },
    { kind: 'date', value: details.studyDate, where: 'StudyDate and the other dates of the study' },
    { kind: 'date', value: cast.lastCalibrationDate, where: 'DateOfLastCalibration' },
    {
      kind: 'identifier',
      value: details.accessionNumber,
      where: 'AccessionNumber, RequestAttributesSequence',
    },
    { kind: 'identifier', value: cast.studyId, where: 'StudyID' },
    {
      kind: 'identifier',
      value: cast.requestedProcedureId,
      where: 'RequestAttributesSequence/RequestedProcedureID',
    },
    {
      kind: 'identifier',
      value: cast.scheduledStepId,
      where: 'RequestAttributesSequence/ScheduledProcedureStepID',
    },
    { kind: 'identifier', value: cast.performedStepId, where: 'PerformedProcedureStepID' },
    { kind: 'institution', value: details.institution, where: 'InstitutionName, InstitutionAddress' },
    { kind: 'institution', value: cast.institutionAddress, where: 'InstitutionAddress' },
    { kind: 'institution', value: cast.department, where: 'InstitutionalDepartmentName' },
    { kind: 'device', value: cast.stationName, where: 'StationName' },
    { kind: 'device', value: cast.deviceSerialNumber, where: 'DeviceSerialNumber' },
    { kind: 'uid', value: uids.study, where: 'StudyInstanceUID' },
    { kind: 'uid', value: uids.series, where: 'SeriesInstanceUID' },
    { kind: 'uid', value: uids.frameOfReference, where: 'FrameOfReferenceUID' },
    { kind: 'uid', value: uids.irradiationEvent, where: 'IrradiationEventUID' },
    { kind: 'uid', value: uids.priorStudy, where: 'ReferencedStudySequence/ReferencedSOPInstanceUID' },
  ];
}
