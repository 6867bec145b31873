import { CharsetError, decodeText, isAsciiCompatible, parseSpecificCharacterSet } from './charset';
import { DicomDataset } from './dataset';
import { parsePersonName } from './person-name';
import { Tags } from './tag';
import type { VR } from './vr';

const hex = (text: string) => Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
const ascii = (text: string) => Uint8Array.from(Buffer.from(text, 'latin1'));
const join = (...parts: Uint8Array[]) => Uint8Array.from(Buffer.concat(parts));
const decode = (bytes: Uint8Array, value: string, vr: VR = 'LO') =>
  decodeText(bytes, parseSpecificCharacterSet(value), vr);

const ESC_ASCII = hex('1b2842');
const ESC_JIS0208 = hex('1b2442');

describe('parseSpecificCharacterSet', () => {
  it.each(['ISO_IR 100', 'ISO-IR 100', 'ISO_IR100', 'iso_ir 100', '  ISO_IR 100 ', 'ISO IR 100'])(
    'tolerates the spelling %j',
    (value) => {
      const charset = parseSpecificCharacterSet(value);
      expect(charset.unknownTerms).toEqual([]);
      expect(decodeText(hex('e9'), charset, 'PN')).toBe('é');
    },
  );

  it.each(['ISO_IR 192', 'UTF-8', 'utf8', 'ISO-IR 192'])('recognises UTF-8 spelled %j', (value) => {
    expect(parseSpecificCharacterSet(value).isUtf8).toBe(true);
  });

  it('keeps an empty first value and finds code extensions', () => {
    const charset = parseSpecificCharacterSet('\\ISO 2022 IR 87');
    expect(charset.terms).toEqual(['', 'ISO 2022 IR 87']);
    expect(charset.codeExtensions).toBe(true);
    expect(isAsciiCompatible(charset)).toBe(true);
    expect(isAsciiCompatible(parseSpecificCharacterSet('ISO_IR 13'))).toBe(false);
  });
});

describe('decodeText: single-byte sets', () => {
  it.each([
    ['ISO_IR 100', 'e9 fc', 'éü'],
    ['ISO_IR 101', 'b1 e8', 'ąč'],
    ['ISO_IR 109', 'a1 fd', 'Ħŭ'],
    ['ISO_IR 110', 'a1 a2', 'Ąĸ'],
    ['ISO_IR 144', 'b0 ef', 'Ая'],
    ['ISO_IR 127', 'c7', 'ا'],
    ['ISO_IR 126', 'c1 e1', 'Αα'],
    ['ISO_IR 138', 'e0', 'א'],
    ['ISO_IR 148', 'd0 fd', 'Ğı'],
    ['ISO_IR 203', 'a4', '€'],
    ['ISO_IR 13', 'b1', 'ｱ'],
    ['ISO_IR 166', 'a1', 'ก'],
  ])('%s decodes its upper half', (value, bytes, expected) => {
    expect(decode(join(ascii('A^'), hex(bytes)), value, 'PN')).toBe(`A^${expected}`);
  });

  it.each([
    ['ISO 2022 IR 100', '1b2d41', 'e9', 'é'],
    ['ISO 2022 IR 101', '1b2d42', 'b1', 'ą'],
    ['ISO 2022 IR 109', '1b2d43', 'a1', 'Ħ'],
    ['ISO 2022 IR 110', '1b2d44', 'a2', 'ĸ'],
    ['ISO 2022 IR 144', '1b2d4c', 'b0', 'А'],
    ['ISO 2022 IR 127', '1b2d47', 'c7', 'ا'],
    ['ISO 2022 IR 126', '1b2d46', 'e1', 'α'],
    ['ISO 2022 IR 138', '1b2d48', 'e0', 'א'],
    ['ISO 2022 IR 148', '1b2d4d', 'fd', 'ı'],
    ['ISO 2022 IR 203', '1b2d62', 'a4', '€'],
    ['ISO 2022 IR 13', '1b2949', 'b1', 'ｱ'],
    ['ISO 2022 IR 166', '1b2d54', 'a1', 'ก'],
  ])('%s designated by its escape sequence', (term, escape, bytes, expected) => {
    expect(decode(join(hex(escape), hex(bytes)), `ISO 2022 IR 6\\${term}`)).toBe(expected);
    // As value 1 the set is in force from the start, without an escape.
    expect(decode(hex(bytes), term)).toBe(expected);
  });
});

describe('decodeText: ISO 2022 multi-byte sets', () => {
  it('reads a three-group Japanese PN (IR 87) with escapes reset at ^ and =', () => {
    const bytes = join(
      ascii('Yamada^Tarou='),
      ESC_JIS0208,
      hex('3b33 4544'),
      ESC_ASCII,
      ascii('^'),
      ESC_JIS0208,
      hex('4240 4f3a'),
      ESC_ASCII,
      ascii('='),
      ESC_JIS0208,
      hex('2464 245e 2440'),
      ESC_ASCII,
      ascii('^'),
      ESC_JIS0208,
      hex('243f 246d 2426'),
      ESC_ASCII,
    );
    const text = decode(bytes, '\\ISO 2022 IR 87', 'PN');
    expect(text).toBe('Yamada^Tarou=山田^太郎=やまだ^たろう');
    const name = parsePersonName(text);
    expect(name.alphabetic.familyName).toBe('Yamada');
    expect(name.ideographic.familyName).toBe('山田');
    expect(name.ideographic.givenName).toBe('太郎');
    expect(name.phonetic.givenName).toBe('たろう');
  });

  it('reads JIS X 0212 (IR 159) and half-width katakana beside JIS X 0208', () => {
    expect(decode(join(hex('1b242844 3021'), ESC_ASCII), '\\ISO 2022 IR 87\\ISO 2022 IR 159')).toBe('丂');
    expect(
      decode(join(hex('b1'), ESC_JIS0208, hex('3b33'), hex('1b284a')), 'ISO 2022 IR 13\\ISO 2022 IR 87'),
    ).toBe('ｱ山');
  });

  it('reads Korean (IR 149) and simplified Chinese (IR 58) designated into G1', () => {
    expect(decode(join(hex('1b242943'), hex('b1e8 c8f1 c1df')), '\\ISO 2022 IR 149', 'PN')).toBe('김희중');
    expect(
      decode(
        join(ascii('Wang^XiaoDong='), hex('1b242941 cdf5'), ascii('^'), hex('1b242941 d0a1 b6ab')),
        '\\ISO 2022 IR 58',
        'PN',
      ),
    ).toBe('Wang^XiaoDong=王^小东');
  });

  it('returns to the value-1 sets after delimiters: \\ for multi-valued text, not for LT', () => {
    const bytes = join(hex('1b2d4c b0'), ascii('\\'), hex('b0'));
    expect(decode(bytes, 'ISO 2022 IR 100\\ISO 2022 IR 144', 'LO')).toBe('А\\°');
    expect(decode(bytes, 'ISO 2022 IR 100\\ISO 2022 IR 144', 'LT')).toBe('А\\А');
    const lines = join(hex('1b2d4c b0'), ascii('\r\n'), hex('b0'));
    expect(decode(lines, 'ISO 2022 IR 100\\ISO 2022 IR 144', 'LT')).toBe('А\r\n°');
  });

  it('refuses an unknown escape sequence', () => {
    expect(() => decode(join(hex('1b2d7a'), hex('e9')), '\\ISO 2022 IR 100')).toThrow(CharsetError);
  });
});

describe('decodeText: whole-value encodings and missing declarations', () => {
  it('reads UTF-8, GB18030 (four-byte forms included) and GBK', () => {
    expect(decode(Uint8Array.from(Buffer.from('Wang^XiaoDong=王^小東')), 'ISO_IR 192', 'PN')).toBe(
      'Wang^XiaoDong=王^小東',
    );
    expect(decode(hex('cdf5 5e d0a1 b6ab 95328236'), 'GB18030', 'PN')).toBe('王^小东𠀀');
    expect(decode(hex('cdf5 5e d0a1 967c'), 'GBK', 'PN')).toBe('王^小東');
  });

  it('reads ISO_IR 192 values that are not UTF-8 as ISO 8859-1', () => {
    expect(decode(hex('4d fc 6c6c6572'), 'ISO_IR 192', 'PN')).toBe('Müller');
  });

  it('reads undeclared non-ASCII as UTF-8 when valid, else as ISO 8859-1', () => {
    expect(decodeText(Uint8Array.from(Buffer.from('Müller')), null, 'PN')).toBe('Müller');
    expect(decodeText(hex('4d fc 6c6c6572'), null, 'PN')).toBe('Müller');
    expect(decodeText(hex('4d fc 6c6c6572'), parseSpecificCharacterSet(''), 'PN')).toBe('Müller');
  });

  it('refuses non-ASCII text under an unknown term, with a code and without the text', () => {
    try {
      decode(hex('4d fc'), 'ISO_IR 999');
      throw new Error('expected CharsetError');
    } catch (error) {
      expect(error).toBeInstanceOf(CharsetError);
      expect((error as CharsetError).code).toBe('UNKNOWN_CHARACTER_SET');
      expect((error as CharsetError).message).toContain('ISO_IR 999');
      expect((error as CharsetError).message).not.toContain('M');
    }
    expect(decode(ascii('PLAIN'), 'ISO_IR 999')).toBe('PLAIN');
  });
});

describe('character sets in datasets', () => {
  it('decodes items with their own Specific Character Set and inherits the parent one otherwise', () => {
    const root = new DicomDataset();
    root.set({ kind: 'value', tag: Tags.SpecificCharacterSet, vr: 'CS', bytes: ascii('ISO_IR 100') });
    root.set({ kind: 'value', tag: Tags.PatientName, vr: 'PN', bytes: hex('4d fc 6c 6c 65 72') });
    const inheriting = root.createItem();
    inheriting.set({ kind: 'value', tag: Tags.PatientName, vr: 'PN', bytes: hex('e9') });
    const own = root.createItem();
    own.set({ kind: 'value', tag: Tags.SpecificCharacterSet, vr: 'CS', bytes: ascii('ISO_IR 144') });
    own.set({ kind: 'value', tag: Tags.PatientName, vr: 'PN', bytes: hex('b0') });
    root.set({ kind: 'sequence', tag: 0x00081115, vr: 'SQ', items: [inheriting, own] });
    expect(root.getString(Tags.PatientName)).toBe('Müller');
    expect(inheriting.getString(Tags.PatientName)).toBe('é');
    expect(own.getString(Tags.PatientName)).toBe('А');
    root.set({ kind: 'value', tag: Tags.SpecificCharacterSet, vr: 'CS', bytes: ascii('ISO_IR 126') });
    expect(inheriting.getString(Tags.PatientName)).toBe('ι');
  });
});
