import type { PhantomName } from './phantom-patient';

/** Study-level values a caller may fix; the rest are drawn from the seed. */
export interface CtStudyDetails {
  /** YYYYMMDD. */
  readonly studyDate: string;
  /** HHMMSS. */
  readonly studyTime: string;
  readonly accessionNumber: string;
  readonly description: string;
  readonly institution: string;
}

/** The study-level people and places, drawn once per study. */
export interface StudyCast {
  readonly referring: PhantomName;
  readonly performing: PhantomName;
  readonly operator: PhantomName;
  readonly requesting: PhantomName;
  readonly institutionAddress: string;
  readonly department: string;
  readonly stationName: string;
  readonly deviceSerialNumber: string;
  readonly model: string;
  readonly software: string;
  readonly lastCalibrationDate: string;
  readonly studyId: string;
  readonly requestedProcedureId: string;
  readonly scheduledStepId: string;
  readonly performedStepId: string;
}
