import type { VR } from '@lattice/dicom';

/** The text every "dummy" string value becomes: recognizably not data, and within SH's 16 characters. */
export const DUMMY_TEXT = 'DEIDENTIFIED';
/** Dummy PN: a family name only. */
export const DUMMY_PERSON_NAME = 'DEIDENTIFIED';
/** Dummy DA (and the date of a dummy DT). */
export const DUMMY_DATE = '19000101';
export const DUMMY_TIME = '000000';

const encoder = new TextEncoder();

function text(value: string): Uint8Array {
  const bytes = encoder.encode(value);
  if (bytes.byteLength % 2 === 0) return bytes;
  const padded = new Uint8Array(bytes.byteLength + 1);
  padded.set(bytes);
  padded[bytes.byteLength] = 0x20;
  return padded;
}

const BINARY_SIZE: Partial<Record<VR, number>> = {
  US: 2,
  SS: 2,
  UL: 4,
  SL: 4,
  FL: 4,
  FD: 8,
  AT: 4,
  SV: 8,
  UV: 8,
};

// Computed once: dummy values never depend on the input.
const cache = new Map<VR, Uint8Array>();

/**
 * A value consistent with the VR that carries no information (action D): fixed text, the date
 * 1900-01-01, zero numbers; binary values become zeros of one item's size.
 */
export function dummyValueBytes(vr: VR): Uint8Array {
  let bytes = cache.get(vr);
  if (!bytes) {
    bytes = computeDummy(vr);
    cache.set(vr, bytes);
  }
  return bytes;
}

function computeDummy(vr: VR): Uint8Array {
  switch (vr) {
    case 'AE':
    case 'CS':
    case 'SH':
    case 'LO':
    case 'ST':
    case 'LT':
    case 'UT':
    case 'UC':
      return text(DUMMY_TEXT);
    case 'PN':
      return text(DUMMY_PERSON_NAME);
    case 'DA':
      return text(DUMMY_DATE);
    case 'DT':
      return text(`${DUMMY_DATE}${DUMMY_TIME}`);
    case 'TM':
      return text(DUMMY_TIME);
    case 'AS':
      return text('000D');
    case 'IS':
    case 'DS':
      return text('0');
    case 'UR':
      return text('urn:x-deidentified');
    case 'UI':
      // A UI dummy is only reached for non-UID content; real UIDs are remapped instead.
      return text('2.25.0');
    case 'US':
    case 'SS':
    case 'UL':
    case 'SL':
    case 'FL':
    case 'FD':
    case 'AT':
    case 'SV':
    case 'UV':
      return new Uint8Array(BINARY_SIZE[vr] ?? 2);
    case 'OB':
    case 'OD':
    case 'OF':
    case 'OL':
    case 'OV':
    case 'OW':
    case 'UN':
    case 'SQ':
      return new Uint8Array(2);
  }
}
