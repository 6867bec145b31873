import { tag, Tags } from '@lattice/dicom';
import { DeidError } from '../deid-error';
import { compileProfile } from './compile-profile';
import { resolveActionCode } from './composite-action';
import { BASIC_PROFILE, profileByName, RESEARCH_DEFAULT_PROFILE } from './named-profiles';
import type { ElementAction } from './element-action';
import { PROFILE_OPTIONS } from './profile-options';

const basic = compileProfile(BASIC_PROFILE);
const research = compileProfile(RESEARCH_DEFAULT_PROFILE);
const fullDates = compileProfile(['retainLongitudinalFullDates']);

describe('compileProfile', () => {
  it.each<[string, number, ElementAction, ElementAction]>([
    ['Accession Number (Z)', Tags.AccessionNumber, 'empty', 'empty'],
    ["Patient's Birth Date (Z, no option keeps it)", Tags.PatientBirthDate, 'empty', 'empty'],
    ['Study Date (Z; C with modified dates)', Tags.StudyDate, 'empty', 'clean'],
    ['Series Date (X/D; C with modified dates)', Tags.SeriesDate, 'dummy', 'clean'],
    ['Acquisition Date (X/Z; C with modified dates)', Tags.AcquisitionDate, 'empty', 'clean'],
    ['Institution Name (X/Z/D)', Tags.InstitutionName, 'dummy', 'dummy'],
    ['Study Description (X; C with clean descriptors)', Tags.StudyDescription, 'remove', 'clean'],
    ["Patient's Age (X; K with patient characteristics)", Tags.PatientAge, 'remove', 'keep'],
    ['SOP Instance UID (U)', Tags.SOPInstanceUID, 'remapUid', 'remapUid'],
    ['Referenced Image Sequence (X/Z/U*)', tag(0x0008, 0x1140), 'keep', 'keep'],
    ['Content Sequence (D; C with clean structured content)', tag(0x0040, 0xa730), 'dummy', 'clean'],
    ['Graphic Annotation Sequence (D; C with clean graphics)', tag(0x0070, 0x0001), 'dummy', 'clean'],
    ['Icon Image Sequence (X)', Tags.IconImageSequence, 'remove', 'remove'],
    ['Pronoun (2026d addition)', tag(0x0010, 0x0015), 'remove', 'remove'],
    ['Modality (not listed)', Tags.Modality, 'keep', 'keep'],
    ['SOP Class UID (not listed, names a class)', Tags.SOPClassUID, 'keep', 'keep'],
    ['Referenced SOP Class UID (not listed, names a class)', tag(0x0008, 0x1150), 'keep', 'keep'],
    [
      'SOP Instance UID of Concatenation Source (not listed, an instance)',
      tag(0x0020, 0x0242),
      'remapUid',
      'remapUid',
    ],
    ['Evaluator Name (not listed PN)', tag(0x0014, 0x2006), 'empty', 'empty'],
    ['Expiry Date (not listed DA)', tag(0x0014, 0x1020), 'dummy', 'clean'],
    ['Overlay Data (60xx,3000), any group', tag(0x6002, 0x3000), 'remove', 'remove'],
    ['Overlay Rows in an overlay group', tag(0x6000, 0x0010), 'remove', 'remove'],
    ['Curve Data (50xx,xxxx)', tag(0x5004, 0x3000), 'remove', 'remove'],
    ['a retired attribute not listed (Image Position retired)', tag(0x0020, 0x0030), 'remove', 'remove'],
    ['a group length', tag(0x0008, 0x0000), 'remove', 'remove'],
    ['a public tag unknown to the dictionary', tag(0x0008, 0x0001 + 0x7f00), 'remove', 'remove'],
    ['Issuer of Accession Number Sequence (Lattice addition)', tag(0x0008, 0x0051), 'remove', 'remove'],
  ])('%s', (_name, elementTag, basicAction, researchAction) => {
    expect(basic.publicAction(elementTag)).toBe(basicAction);
    expect(research.publicAction(elementTag)).toBe(researchAction);
  });

  it('keeps dates with full dates, and says so', () => {
    expect(fullDates.dates).toBe('keep');
    expect(fullDates.publicAction(Tags.StudyDate)).toBe('keep');
    expect(research.dates).toBe('shift');
    expect(basic.dates).toBe('remove');
  });

  it('lets clean win over keep when two enabled options meet on one row', () => {
    const deviceAndModifiedDates = compileProfile([
      'retainDeviceIdentity',
      'retainLongitudinalModifiedDates',
    ]);
    expect(deviceAndModifiedDates.publicAction(tag(0x0018, 0x1200))).toBe('clean');
    expect(compileProfile(['retainDeviceIdentity']).publicAction(tag(0x0018, 0x1200))).toBe('keep');
  });

  it('refuses full and modified dates together, and unknown options, with a code', () => {
    expect(() => compileProfile(['retainLongitudinalFullDates', 'retainLongitudinalModifiedDates'])).toThrow(
      expect.objectContaining({ code: 'PROFILE_CONFLICT' }),
    );
    expect(() => compileProfile(['retainEverything'])).toThrow(DeidError);
    expect(() => profileByName('lenient')).toThrow(expect.objectContaining({ code: 'UNKNOWN_PROFILE' }));
  });

  it('lists the options in the order of the table columns', () => {
    expect(research.options).toEqual(
      PROFILE_OPTIONS.filter((option) => RESEARCH_DEFAULT_PROFILE.options.includes(option)),
    );
    expect(profileByName('research-default')).toBe(RESEARCH_DEFAULT_PROFILE);
  });

  describe('private attributes', () => {
    // (0019,xx23) GEMS_ACQU_01 "Table Speed" is on Table E.3.10-1; (0019,xx01) is not.
    it('keep a safe attribute in whichever block its creator reserved, matching the creator without regard to case', () => {
      expect(research.keptPrivate(tag(0x0019, 0x1023), 'GEMS_ACQU_01')?.meaning).toMatch(/Table Speed/);
      expect(research.keptPrivate(tag(0x0019, 0x1123), ' gems_acqu_01 ')?.vr).toBe('DS');
      expect(research.keptPrivate(tag(0x0019, 0x1001), 'GEMS_ACQU_01')).toBeUndefined();
    });

    it('go without Retain Safe Private, without a creator, or under another creator or group', () => {
      expect(basic.keptPrivate(tag(0x0019, 0x1023), 'GEMS_ACQU_01')).toBeUndefined();
      expect(research.keptPrivate(tag(0x0019, 0x1023), undefined)).toBeUndefined();
      expect(research.keptPrivate(tag(0x0019, 0x1023), 'SIEMENS CSA HEADER')).toBeUndefined();
      expect(research.keptPrivate(tag(0x0021, 0x1023), 'GEMS_ACQU_01')).toBeUndefined();
    });
  });
});

describe('resolveActionCode (composite codes without IOD tables)', () => {
  it.each<[Parameters<typeof resolveActionCode>[0], boolean, ElementAction]>([
    ['Z/D', false, 'dummy'],
    ['X/D', false, 'dummy'],
    ['X/Z/D', false, 'dummy'],
    ['X/Z', false, 'empty'],
    ['X/Z', true, 'empty'],
    ['X/Z/U*', true, 'keep'],
    ['X/Z/U*', false, 'remapUid'],
    ['K', false, 'keep'],
    ['C', false, 'clean'],
  ])('%s (sequence: %s) → %s', (code, isSequence, action) => {
    expect(resolveActionCode(code, isSequence)).toBe(action);
  });
});
