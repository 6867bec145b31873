/** The ten options of PS3.15 Table E.1-1, in the order of its columns. */
export const PROFILE_OPTIONS = [
  'retainSafePrivate',
  'retainUids',
  'retainDeviceIdentity',
  'retainInstitutionIdentity',
  'retainPatientCharacteristics',
  'retainLongitudinalFullDates',
  'retainLongitudinalModifiedDates',
  'cleanDescriptors',
  'cleanStructuredContent',
  'cleanGraphics',
] as const;

/** One option of the Basic Application Level Confidentiality Profile. */
export type ProfileOption = (typeof PROFILE_OPTIONS)[number];

const optionSet: ReadonlySet<string> = new Set(PROFILE_OPTIONS);

/** True when a string names one of the ten options. */
export function isProfileOption(text: string): text is ProfileOption {
  return optionSet.has(text);
}
