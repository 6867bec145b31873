/** Value Representations of PS3.5 Table 6.2-1. */
export const VALUE_REPRESENTATIONS = [
  'AE',
  'AS',
  'AT',
  'CS',
  'DA',
  'DS',
  'DT',
  'FD',
  'FL',
  'IS',
  'LO',
  'LT',
  'OB',
  'OD',
  'OF',
  'OL',
  'OV',
  'OW',
  'PN',
  'SH',
  'SL',
  'SQ',
  'SS',
  'ST',
  'SV',
  'TM',
  'UC',
  'UI',
  'UL',
  'UN',
  'UR',
  'US',
  'UT',
  'UV',
] as const;

export type VR = (typeof VALUE_REPRESENTATIONS)[number];

const vrSet: ReadonlySet<string> = new Set(VALUE_REPRESENTATIONS);

export function isVR(text: string): text is VR {
  return vrSet.has(text);
}

/** VRs whose explicit-VR encoding uses a 2-byte reserved field and a 4-byte length (PS3.5 7.1.2). */
const LONG_LENGTH_VRS: ReadonlySet<VR> = new Set<VR>([
  'OB',
  'OD',
  'OF',
  'OL',
  'OV',
  'OW',
  'SQ',
  'SV',
  'UC',
  'UN',
  'UR',
  'UT',
  'UV',
]);

export function hasLongLength(vr: VR): boolean {
  return LONG_LENGTH_VRS.has(vr);
}

/** Character-string VRs whose bytes depend on the Specific Character Set (PS3.5 6.1.2.3). */
const CHARSET_TEXT_VRS: ReadonlySet<VR> = new Set<VR>(['SH', 'LO', 'ST', 'LT', 'UC', 'UT', 'PN']);

export function usesSpecificCharacterSet(vr: VR): boolean {
  return CHARSET_TEXT_VRS.has(vr);
}

/** All VRs whose value is text (default repertoire or Specific Character Set). */
const STRING_VRS: ReadonlySet<VR> = new Set<VR>([
  'AE',
  'AS',
  'CS',
  'DA',
  'DS',
  'DT',
  'IS',
  'LO',
  'LT',
  'PN',
  'SH',
  'ST',
  'TM',
  'UC',
  'UI',
  'UR',
  'UT',
]);

export function isStringVR(vr: VR): boolean {
  return STRING_VRS.has(vr);
}

/** Single-valued text VRs: a backslash is part of the value, not a separator. */
const UNSPLIT_VRS: ReadonlySet<VR> = new Set<VR>(['LT', 'ST', 'UT', 'UR']);

export function isMultiValuedStringVR(vr: VR): boolean {
  return isStringVR(vr) && !UNSPLIT_VRS.has(vr);
}

/** Maximum value length in bytes (characters for the default repertoire) per value, where the VR has one. */
export const MAX_VALUE_LENGTH: Partial<Record<VR, number>> = {
  AE: 16,
  AS: 4,
  CS: 16,
  DA: 8,
  DS: 16,
  DT: 26,
  IS: 12,
  LO: 64,
  LT: 10240,
  PN: 64,
  SH: 16,
  ST: 1024,
  TM: 14,
  UI: 64,
};

/** Byte used to pad odd-length values to even length: NUL for UI and binary VRs, space for text. */
export function paddingByte(vr: VR): number {
  return vr === 'UI' || !isStringVR(vr) ? 0x00 : 0x20;
}
