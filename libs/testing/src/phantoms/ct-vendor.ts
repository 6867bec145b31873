import type { CtPixelEncoding } from './ct-phantom-image';
import type { DatasetBuilder } from './dataset-builder';
import type { PlantedIdentifier } from './planted-identifier';
import type { SeededRandom } from './seeded-random';

/** The scanner vendors the phantoms imitate. */
export type CtVendor = 'GE' | 'SIEMENS';

/** What a vendor's private blocks need to know about the slice being written. */
export interface PrivateBlockInput {
  readonly patientName: string;
  readonly studyDate: string;
  /** HHMMSS. */
  readonly studyTime: string;
  readonly stationName: string;
  readonly sliceIndex: number;
  readonly slices: number;
  readonly midScanSeconds: number;
  readonly tablePosition: number;
}

/** How one vendor writes a CT: names, numbers, UID style, pixel encoding and private blocks. */
export interface CtVendorStyle {
  readonly manufacturer: string;
  readonly models: readonly string[];
  readonly imageType: readonly string[];
  readonly kernel: string;
  readonly encoding: CtPixelEncoding;
  software(random: SeededRandom): string;
  stationName(random: SeededRandom): string;
  deviceSerialNumber(random: SeededRandom): string;
  /** Study, series, frame of reference and instance UIDs built the vendor's way (they embed serials and dates). */
  uids(random: SeededRandom, serial: string, studyDate: string, studyTime: string): CtUidFactory;
  /** Writes the private blocks of one slice. */
  privateBlocks(builder: DatasetBuilder, input: PrivateBlockInput): void;
  /** The identifying values the private blocks copy. */
  privatePlanted(input: PrivateBlockInput): PlantedIdentifier[];
}

/** The UIDs of one CT series. */
export interface CtUidFactory {
  readonly study: string;
  readonly series: string;
  readonly frameOfReference: string;
  readonly irradiationEvent: string;
  /** The study this one follows up (Referenced Study Sequence). */
  readonly priorStudy: string;
  instance(index: number): string;
}

const GE: CtVendorStyle = {
  manufacturer: 'GE MEDICAL SYSTEMS',
  models: ['Revolution CT', 'Discovery CT750 HD', 'LightSpeed VCT'],
  imageType: ['ORIGINAL', 'PRIMARY', 'AXIAL'],
  kernel: 'STANDARD',
  // GE writes signed 16-bit values and marks the outside of the reconstruction circle with -2000.
  encoding: { signed: true, bitsStored: 16, rescaleIntercept: -1024, rescaleSlope: 1, paddingValue: -2000 },
  software: (random) => `revo_ct_${random.int(19, 23)}mw.${random.int(10, 60)}`,
  stationName: (random) => `CT${random.digits(2)}_OC${random.int(0, 3)}`,
  deviceSerialNumber: (random) => `${random.digits(6, false)}CT${random.digits(2)}`,
  uids(random, serial, studyDate, studyTime) {
    const root = `1.2.840.113619.2.416.${random.digits(7, false)}`;
    const stamp = `${studyDate}${studyTime}`;
    const numeric = serial.replace(/\D/g, '').replace(/^0+/, '') || '1';
    return {
      study: `${root}.1.${stamp}`,
      series: `${root}.2.${stamp}.3`,
      frameOfReference: `${root}.3.${stamp}.3`,
      irradiationEvent: `${root}.5.${numeric}.${stamp}`,
      priorStudy: `${root}.1.${Number(studyDate) - 10000}${studyTime}`,
      instance: (index) => `${root}.4.${stamp}.3.${index + 1}`,
    };
  },
  privateBlocks(builder, input) {
    // GEMS_IDEN_01 carries copies of the patient's name and the study date (identifying; never safe).
    builder
      .privateBlock(0x0009, 0x10, 'GEMS_IDEN_01')
      .text(0x01, 'LO', 'GE_GENESIS_FF')
      .text(0x02, 'SH', input.stationName)
      .text(0x04, 'SH', 'Revolution')
      .binary(
        0x27,
        'SL',
        epochSeconds(input.studyDate, input.studyTime) + 180 + Math.floor(input.midScanSeconds),
      )
      .text(0x30, 'LO', input.patientName)
      .text(0x31, 'LO', input.studyDate);
    // GEMS_ACQU_01: table speed, mid scan time, rotation speed and pulse sequence are on the safe list.
    builder
      .privateBlock(0x0019, 0x10, 'GEMS_ACQU_01')
      .binary(0x02, 'SL', 912)
      .text(0x18, 'LO', 'R')
      .text(0x23, 'DS', '39.375')
      .text(0x24, 'DS', input.midScanSeconds.toFixed(3))
      .text(0x27, 'DS', '0.5')
      .text(0x9e, 'LO', 'HELICAL');
    builder
      .privateBlock(0x0025, 0x10, 'GEMS_SERS_01')
      .binary(0x07, 'SL', input.slices)
      .text(0x1a, 'SH', input.stationName);
    builder
      .privateBlock(0x0043, 0x10, 'GEMS_PARM_01')
      .text(0x27, 'SH', '0.984:1')
      .text(0x31, 'DS', ['-0.8', '12.4'].join('\\'));
    // GEMS_HELIOS_01 in block 0x11: a safe element is matched by creator and low byte, not by its number.
    builder.privateBlock(0x0045, 0x11, 'GEMS_HELIOS_01').binary(0x01, 'SS', 64).binary(0x02, 'FL', 0.625);
  },
  privatePlanted(input) {
    return [
      { kind: 'patient-name', value: input.patientName, where: 'GEMS_IDEN_01 (0009,xx30)' },
      { kind: 'date', value: input.studyDate, where: 'GEMS_IDEN_01 (0009,xx31)' },
      { kind: 'device', value: input.stationName, where: 'GEMS_SERS_01 (0025,xx1A)' },
    ];
  },
};

const SIEMENS: CtVendorStyle = {
  manufacturer: 'SIEMENS',
  models: ['SOMATOM Force', 'SOMATOM Definition AS+', 'SOMATOM Drive'],
  imageType: ['ORIGINAL', 'PRIMARY', 'AXIAL', 'CT_SOM5 SPI'],
  kernel: 'Br40d',
  // Siemens writes unsigned 12-bit values with the same -1024 intercept.
  encoding: { signed: false, bitsStored: 12, rescaleIntercept: -1024, rescaleSlope: 1 },
  software: (random) => `syngo CT VB${random.int(10, 20)}A`,
  stationName: (random) => `CTAWP${random.digits(5, false)}`,
  deviceSerialNumber: (random) => random.digits(5, false),
  uids(random, serial, studyDate, studyTime) {
    const root = `1.3.12.2.1107.5.1.4.${serial}`;
    const stamp = `${studyDate.slice(2)}${studyTime}`;
    const tail = random.digits(6, false);
    return {
      study: `${root}.3000002${stamp}${tail}`,
      series: `${root}.3000002${stamp}${Number(tail) + 1}`,
      frameOfReference: `${root}.3000002${stamp}${Number(tail) + 2}`,
      irradiationEvent: `${root}.3000002${stamp}${Number(tail) + 3}`,
      priorStudy: `${root}.3000002${Number(stamp) - 1000000}${tail}`,
      instance: (index) => `${root}.3000002${stamp}${String(100000 + index).slice(1)}${tail.slice(0, 3)}`,
    };
  },
  privateBlocks(builder, input) {
    // Acquisition parameters in SIEMENS CT VA0  COAD: not on the safe list (PS3.15 lists no Siemens CT element).
    builder
      .privateBlock(0x0019, 0x10, 'SIEMENS CT VA0  COAD')
      .text(0x90, 'DS', '0')
      .text(0x92, 'DS', '1.2')
      .text(0xb0, 'DS', '46.08')
      .text(0xc0, 'DS', input.tablePosition.toFixed(2));
    builder
      .privateBlock(0x0029, 0x10, 'SIEMENS CSA HEADER')
      .text(0x08, 'CS', 'IMAGE NUM 4')
      .text(0x09, 'LO', '20240101')
      .bytes(0x10, 'OB', csaLikeBlob(input.stationName));
    // SIEMENS MED in block 0x11 copies the patient's name and the study date.
    builder
      .privateBlock(0x0029, 0x11, 'SIEMENS MED')
      .text(0x31, 'LO', input.patientName)
      .text(0x34, 'CS', 'CT')
      .text(0x35, 'LO', input.studyDate);
    // Studies routed through a GE PACS carry its flags, which PS3.15 lists as safe.
    builder
      .privateBlock(0x0903, 0x10, 'GEIIS PACS')
      .binary(0x10, 'US', 0)
      .binary(0x11, 'US', 0)
      .binary(0x12, 'US', 0);
  },
  privatePlanted(input) {
    return [
      { kind: 'patient-name', value: input.patientName, where: 'SIEMENS MED (0029,xx31)' },
      { kind: 'date', value: input.studyDate, where: 'SIEMENS MED (0029,xx35)' },
      { kind: 'device', value: input.stationName, where: 'SIEMENS CSA HEADER (0029,xx10)' },
    ];
  },
};

/** Seconds since 1970 of a local date and time in Taiwan (UTC+8), as GE stamps images. */
function epochSeconds(date: string, time: string): number {
  const utc = Date.UTC(
    Number(date.slice(0, 4)),
    Number(date.slice(4, 6)) - 1,
    Number(date.slice(6, 8)),
    Number(time.slice(0, 2)),
    Number(time.slice(2, 4)),
    Number(time.slice(4, 6)),
  );
  return Math.floor(utc / 1000) - 8 * 3600;
}

// A binary block shaped like a CSA header ("SV10" then tag records), holding the station name as
// scanners do: identifying text inside an undecodable private value.
function csaLikeBlob(stationName: string): Uint8Array {
  const text = new TextEncoder().encode(
    `SV10\x04\x03\x02\x01StationName\0${stationName}\0SliceResolution\x001\0`,
  );
  const padded = new Uint8Array(text.byteLength + (text.byteLength % 2));
  padded.set(text);
  return padded;
}

/** The style of a vendor. */
export function ctVendorStyle(vendor: CtVendor): CtVendorStyle {
  return vendor === 'GE' ? GE : SIEMENS;
}
