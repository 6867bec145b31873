import type { ProfileOption } from '../profile/profile-options';

/** A code of CID 7050 "De-identification Method" (coding scheme DCM). */
export interface DeidentificationCode {
  readonly value: string;
  readonly meaning: string;
}

/** Basic Application Confidentiality Profile. */
export const BASIC_PROFILE_CODE: DeidentificationCode = {
  value: '113100',
  meaning: 'Basic Application Confidentiality Profile',
};

/** Clean Pixel Data Option: recorded when burned-in text was redacted. */
export const CLEAN_PIXEL_DATA_CODE: DeidentificationCode = {
  value: '113101',
  meaning: 'Clean Pixel Data Option',
};

/** The CID 7050 code of each option. */
export const OPTION_CODES: Readonly<Record<ProfileOption, DeidentificationCode>> = {
  retainSafePrivate: { value: '113111', meaning: 'Retain Safe Private Option' },
  retainUids: { value: '113110', meaning: 'Retain UIDs Option' },
  retainDeviceIdentity: { value: '113109', meaning: 'Retain Device Identity Option' },
  retainInstitutionIdentity: { value: '113112', meaning: 'Retain Institution Identity Option' },
  retainPatientCharacteristics: { value: '113108', meaning: 'Retain Patient Characteristics Option' },
  retainLongitudinalFullDates: {
    value: '113106',
    meaning: 'Retain Longitudinal Temporal Information Full Dates Option',
  },
  retainLongitudinalModifiedDates: {
    value: '113107',
    meaning: 'Retain Longitudinal Temporal Information Modified Dates Option',
  },
  cleanDescriptors: { value: '113105', meaning: 'Clean Descriptors Option' },
  cleanStructuredContent: { value: '113104', meaning: 'Clean Structured Content Option' },
  cleanGraphics: { value: '113103', meaning: 'Clean Graphics Option' },
};
