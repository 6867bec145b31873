import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dictionaryVr, lookupAttribute, tagForKeyword } from './dictionary';
import { DICTIONARY_EDITION, DICTIONARY_SOURCE_SHA256 } from './generated/data-dictionary';
import { describeWith, findStandardsDir, repositoryRoot } from './testing';
import { Tags, tag } from './tag';

describe('lookupAttribute', () => {
  it('finds public attributes with keyword, name, VR, VM and retirement', () => {
    expect(lookupAttribute(Tags.PatientName)).toEqual({
      keyword: 'PatientName',
      name: "Patient's Name",
      vr: 'PN',
      vrChoices: ['PN'],
      vm: '1',
      retired: false,
    });
    expect(lookupAttribute(tag(0x0028, 0x0106))?.vrChoices).toEqual(['US', 'SS']);
    expect(lookupAttribute(Tags.PixelData)?.vrChoices).toEqual(['OB', 'OW']);
    expect(lookupAttribute(tag(0x0008, 0x0001))?.retired).toBe(true);
    expect(lookupAttribute(Tags.Item)?.vrChoices).toEqual([]);
  });

  it('matches repeating groups and masked elements', () => {
    expect(lookupAttribute(tag(0x6002, 0x3000))?.keyword).toBe('OverlayData');
    expect(lookupAttribute(tag(0x601e, 0x0010))?.keyword).toBe('OverlayRows');
    expect(lookupAttribute(tag(0x5010, 0x3000))?.keyword).toBe('CurveData');
    expect(lookupAttribute(tag(0x0020, 0x3105))?.keyword).toBe('SourceImageIDs');
    expect(lookupAttribute(tag(0x1000, 0x0120))?.keyword).toBe('EscapeTriplet');
    expect(lookupAttribute(tag(0x1000, 0x0125))?.keyword).toBe('ShiftTableTriplet');
    expect(lookupAttribute(tag(0x0028, 0x0410))?.keyword).toBe('RowsForNthOrderCoefficients');
  });

  it('does not match private tags or unknown public tags, and knows generic group lengths', () => {
    expect(lookupAttribute(tag(0x6001, 0x3000))).toBeUndefined();
    expect(lookupAttribute(tag(0x0029, 0x1010))).toBeUndefined();
    expect(lookupAttribute(tag(0x0008, 0x0003))).toBeUndefined();
    expect(lookupAttribute(tag(0x0010, 0x0000))?.vr).toBe('UL');
  });

  it('maps keywords back to tags', () => {
    expect(tagForKeyword('PatientName')).toBe(Tags.PatientName);
    expect(tagForKeyword('ReferringPhysicianName')).toBe(tag(0x0008, 0x0090));
    expect(tagForKeyword('OverlayData')).toBe(tag(0x6000, 0x3000));
    expect(tagForKeyword('NotAKeyword')).toBeUndefined();
  });

  it('gives implicit-VR readers one VR per tag', () => {
    expect(dictionaryVr(Tags.PixelData)).toBe('OW');
    expect(dictionaryVr(tag(0x0028, 0x0106))).toBe('US|SS');
    expect(dictionaryVr(tag(0x0028, 0x3006))).toBe('US');
    expect(dictionaryVr(tag(0x0008, 0x1115))).toBe('SQ');
    expect(dictionaryVr(tag(0x0008, 0x0003))).toBe('UN');
  });

  it('says which edition it was generated from', () => {
    expect(DICTIONARY_EDITION).toBe('DICOM PS3.6 2024b');
    expect(DICTIONARY_SOURCE_SHA256).toMatch(/^[0-9a-f]{64}$/);
  });
});

interface SourceAttribute {
  tag: string;
  name: string;
  keyword: string;
  valueRepresentation: string;
  valueMultiplicity: string;
  retired: string;
}

describeWith(
  'the generated dictionary against the standard',
  'standards folder',
  findStandardsDir('innolitics_attributes_2024b.json'),
  (dir) => {
    it('is exactly what the generator produces from the source file', () => {
      const script = join(repositoryRoot(), 'libs', 'dicom', 'scripts', 'generate-dictionary.cjs');
      const generated = execFileSync(process.execPath, [script, dir, '--stdout'], {
        encoding: 'utf8',
        maxBuffer: 8 * 1024 * 1024,
      });
      const committed = readFileSync(
        join(repositoryRoot(), 'libs', 'dicom', 'src', 'generated', 'data-dictionary.ts'),
        'utf8',
      );
      expect(generated === committed).toBe(true);
    });

    it('answers every attribute of the source with its keyword, VR and retirement', () => {
      const source = JSON.parse(
        readFileSync(join(dir, 'innolitics_attributes_2024b.json'), 'utf8'),
      ) as SourceAttribute[];
      const mismatches: string[] = [];
      for (const attribute of source) {
        // Masked digits become 2: an even group, and no clash with exact rows such as (0028,0400).
        const probe = tag(
          parseInt(attribute.tag.slice(1, 5).replace(/x/gi, '2'), 16),
          parseInt(attribute.tag.slice(6, 10).replace(/x/gi, '2'), 16),
        );
        const info = lookupAttribute(probe);
        const firstVr = attribute.valueRepresentation.split(' or ')[0];
        const ok =
          info !== undefined &&
          info.keyword === attribute.keyword &&
          info.name === attribute.name &&
          info.vm === attribute.valueMultiplicity &&
          info.retired === (attribute.retired === 'Y') &&
          (info.vrChoices.length === 0 || info.vr === firstVr);
        if (!ok) mismatches.push(attribute.tag);
      }
      expect(mismatches).toEqual([]);
    });
  },
);
