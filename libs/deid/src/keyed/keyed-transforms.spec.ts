import { createHmac } from 'node:crypto';
import fc from 'fast-check';
import { HOSPITAL_KEY, OTHER_HOSPITAL_KEY, testKey } from '../spec-support/test-context';
import { dateShiftDays, dateShiftSubject } from './date-shift';
import { base32, KeyedHash } from './keyed-hash';
import {
  isPseudonym,
  pseudonymForAbsentPatientId,
  pseudonymizePatientId,
  pseudonymousPatientName,
} from './pseudonym';
import { remapUid, uidFromDigest } from './uid-remap';

const hospital = new KeyedHash(HOSPITAL_KEY);
const otherHospital = new KeyedHash(OTHER_HOSPITAL_KEY);
const UID = /^2\.25\.(0|[1-9]\d*)$/;

describe('keys', () => {
  it('refuses a missing, short or constant key with a code and no key material in the message', () => {
    expect(() => new KeyedHash(undefined as never)).toThrow(expect.objectContaining({ code: 'MISSING_KEY' }));
    expect(() => new KeyedHash({ kid: 'k', bytes: Buffer.alloc(16, 7) })).toThrow(
      expect.objectContaining({ code: 'WEAK_KEY' }),
    );
    expect(() => new KeyedHash({ kid: 'k', bytes: Buffer.alloc(32, 7) })).toThrow(
      expect.objectContaining({ code: 'WEAK_KEY' }),
    );
    expect(() => new KeyedHash({ kid: '', bytes: HOSPITAL_KEY.bytes })).toThrow(
      expect.objectContaining({ code: 'MISSING_KEY' }),
    );
  });

  it('encodes base32 with the Crockford alphabet', () => {
    expect(base32(Uint8Array.of(0, 0, 0, 0, 0))).toBe('00000000');
    expect(base32(Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0xff))).toBe('ZZZZZZZZ');
    expect(base32(Buffer.from('f'))).toBe('CR');
  });
});

describe('pseudonymizePatientId', () => {
  it('is deterministic per key and stage, differs between keys and stages, and is a valid LO and PN', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 64 }), (id) => {
        const p1 = pseudonymizePatientId(hospital, 1, id);
        expect(pseudonymizePatientId(new KeyedHash(HOSPITAL_KEY), 1, id)).toBe(p1);
        expect(pseudonymizePatientId(otherHospital, 1, id)).not.toBe(p1);
        expect(pseudonymizePatientId(hospital, 2, id)).not.toBe(p1);
        expect(isPseudonym(1, p1)).toBe(true);
        expect(p1).toHaveLength(28);
        expect(pseudonymousPatientName(p1)).toMatch(/^[0-9A-Z]{28}$/);
      }),
    );
  });

  it('gives files without a Patient ID a pseudonym per study, never a shared one', () => {
    const a = pseudonymForAbsentPatientId(hospital, '1.2.3.4');
    expect(pseudonymForAbsentPatientId(hospital, '1.2.3.5')).not.toBe(a);
    expect(pseudonymForAbsentPatientId(hospital, '1.2.3.4')).toBe(a);
    expect(a).not.toBe(pseudonymizePatientId(hospital, 1, ''));
  });

  it('hashes exactly HMAC-SHA256(key, label || 0x00 || id), as the README documents', () => {
    const digest = createHmac('sha256', HOSPITAL_KEY.bytes)
      .update('lattice/v1/patient-id/stage-1\u0000MRN-1')
      .digest();
    expect(pseudonymizePatientId(hospital, 1, 'MRN-1')).toBe(`P1${base32(digest.subarray(0, 16))}`);
  });
});

describe('remapUid', () => {
  it('is a 2.25 UID of at most 44 characters, deterministic per key and distinct between keys', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,5}(\.(0|[1-9]\d{0,8})){1,8}$/), (uid) => {
        const mapped = remapUid(hospital, 1, uid);
        expect(mapped).toMatch(UID);
        expect(mapped.length).toBeLessThanOrEqual(44);
        expect(remapUid(hospital, 1, uid)).toBe(mapped);
        expect(remapUid(otherHospital, 1, uid)).not.toBe(mapped);
        expect(remapUid(hospital, 2, uid)).not.toBe(mapped);
      }),
    );
  });

  it('sets the UUID version 8 and RFC 9562 variant bits', () => {
    const value = BigInt(uidFromDigest(new Uint8Array(32).fill(0xff)).slice(5));
    const hex = value.toString(16).padStart(32, '0');
    expect(hex[12]).toBe('8');
    expect(['8', '9', 'a', 'b']).toContain(hex[16]);
    expect(uidFromDigest(new Uint8Array(32))).toBe(
      `2.25.${BigInt('0x00000000000080008000000000000000').toString(10)}`,
    );
  });
});

describe('dateShiftDays', () => {
  it('is never 0, stays within the window, and is one value per patient and key', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 1, max: 3650 }), (id, window) => {
        const subject = dateShiftSubject(id, '1.2.3');
        const days = dateShiftDays(hospital, subject, window);
        expect(days).not.toBe(0);
        expect(Math.abs(days)).toBeLessThanOrEqual(window);
        expect(dateShiftDays(new KeyedHash(HOSPITAL_KEY), subject, window)).toBe(days);
      }),
    );
  });

  it('spreads patients over both directions of the window', () => {
    const shifts = Array.from({ length: 400 }, (_, i) =>
      dateShiftDays(hospital, dateShiftSubject(`P${i}`, ''), 30),
    );
    expect(shifts.some((days) => days < 0)).toBe(true);
    expect(shifts.some((days) => days > 0)).toBe(true);
    expect(new Set(shifts).size).toBeGreaterThan(40);
  });

  it('refuses a window that is not a whole number of days from 1 to 36500', () => {
    for (const window of [0, -3, 1.5, 40000]) {
      expect(() => dateShiftDays(hospital, 'x', window)).toThrow(
        expect.objectContaining({ code: 'INVALID_DATE_SHIFT_WINDOW' }),
      );
    }
    expect(testKey('a').kid).not.toBe(testKey('b').kid);
  });
});
