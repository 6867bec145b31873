import fc from 'fast-check';
import type { TextDatePolicy } from './date-in-text';
import { IDENTIFIER_PATTERNS } from './identifier-patterns';
import { KnownIdentifierMatcher } from './known-identifiers';
import { cleanText } from './text-cleaner';

const known = new KnownIdentifierMatcher([
  'MRN00012345',
  'Doe',
  'Jane',
  'Quinn',
  'Springfield General Hospital',
  'CTSTATION01',
  '山田',
  '太郎',
]);
const remove: TextDatePolicy = { kind: 'remove' };
const keep: TextDatePolicy = { kind: 'keep' };
const clean = (text: string, dates: TextDatePolicy = remove) => cleanText(text, { known, dates });

describe('cleanText', () => {
  it.each([
    ['CT CHEST MRN00012345', 'CT CHEST'],
    ['Follow-up for jane DOE (Quinn)', 'Follow-up for ( )'],
    ['Scanned at Springfield General Hospital on CTSTATION01', 'Scanned at on'],
    ['AXIAL 1.25MM STD', 'AXIAL 1.25MM STD'],
    ['SliceTiming_10_Ax_fMRI_HB8_80sl_int_des', 'SliceTiming_10_Ax_fMRI_HB8_80sl_int_des'],
    ['DWI b1000 0.12345 T1 MPRAGE', 'DWI b1000 0.12345 T1 MPRAGE'],
    ['DR CHEST PA', 'DR CHEST PA'],
    ['Nodule 6 mm in the right upper lobe.', 'Nodule 6 mm in the right upper lobe.'],
  ])('%j → %j', (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it.each([
    ['Taiwan national id', 'chest A123456789 PA', 'chest PA'],
    ['national id in lower case', 'chest f234567890 PA', 'chest PA'],
    ['labelled record number', 'CT MRN: 7788 chest', 'CT chest'],
    ['accession mark', 'Acc# 99887 chest', 'chest'],
    ['five or more digits', 'case 20240315001 chest', 'case chest'],
    ['a UID in text', 'source 1.2.840.113619.2.55.3 chest', 'source chest'],
    ['phone with dashes', 'call 02-2345-6789 today', 'call today'],
    ['international phone', 'tel +886 2 2345 6789 ok', 'tel ok'],
    ['US phone', 'ring (555) 123-4567 now', 'ring now'],
    ['e-mail', 'mail jd@example.org now', 'mail now'],
    ['day-first date', 'seen 26/08/2004 chest', 'seen chest'],
    ['month name date', 'seen Aug 26, 2004 chest', 'seen chest'],
    ['ROC date', '民國93年8月26日 胸部', '胸部'],
    ['PN-shaped name', 'read by Hibbert^Julius chest', 'read by chest'],
    ['titled name', 'ordered by Dr. Julius Hibbert for chest', 'ordered by for chest'],
    ['labelled name', 'Physician: Julius Hibbert, chest', ', chest'],
    ['street address', 'lives at 742 Evergreen Terrace now', 'lives at now'],
  ])('removes a %s', (_kind, input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it('removes year-first dates without a date option, keeps or shifts them with one', () => {
    expect(clean('seen 2004-08-26 chest')).toBe('seen chest');
    expect(clean('seen 2004-08-26 chest', keep)).toBe('seen 2004-08-26 chest');
    expect(clean('seen 2004-08-26, 20040827 and 2004年8月26日', { kind: 'shift', days: -30 })).toBe(
      'seen 2004-07-27, 20040728 and 2004年7月27日',
    );
  });

  it.each([
    ['a Chinese name (surname cue)', '陳小明 胸部'],
    ['a known ideographic name', '山田太郎 胸部'],
    ['a Taiwanese address', '台北市信義路五段7號'],
    ['kana (a phonetic name)', 'やまだ たろう'],
    ['a Korean name (surname cue)', '김희중 흉부'],
    ['Greek words', 'Διονυσιος chest'],
    ['Cyrillic words', 'Люксембург'],
    ['control characters', 'chest\u0007PA'],
    ['nothing left but punctuation', 'MRN00012345 -'],
  ])('when unsure the text goes: %s', (_why, input) => {
    expect(clean(input)).toBe('');
  });

  it('keeps CJK text without name or address cues, and a lone Greek unit letter', () => {
    expect(clean('胸部 X光')).toBe('胸部 X光');
    expect(clean('dose 5 µGy, α 0.3')).toBe('dose 5 µGy, α 0.3');
  });

  it('is idempotent: cleaning its own output changes nothing', () => {
    const word = fc.constantFrom(
      'CT',
      'chest',
      'Dr.',
      'Hibbert',
      'jane',
      'Doe',
      '02-2345-6789',
      'A123456789',
      '2004-08-26',
      '26/08/2004',
      'Aug',
      '26,',
      '2004',
      'MRN',
      ':',
      '#',
      '12345',
      '1.2.3.4.5',
      'x@y.org',
      '742',
      'Evergreen',
      'Terrace',
      '^',
      '胸部',
      '陳',
      '(',
      ')',
      'b1000',
      '0.5',
      ',',
      '-',
      '\n',
    );
    const text = fc.array(word, { maxLength: 14 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(text, fc.constantFrom(remove, keep), (input, dates) => {
        const once = cleanText(input, { known, dates });
        expect(cleanText(once, { known, dates })).toBe(once);
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});

describe('IDENTIFIER_PATTERNS', () => {
  const alphabet = fc.constantFrom(
    ...'0123456789 -/.,:#@^()+abcdeghilmnorstuyADIMNORS'.split(''),
    'Aug',
    'Dec',
    'Dr.',
    'MRN',
    'No',
    'Acc',
    'Street',
    'Box',
    'PO',
    '年',
    '月',
    '日',
  );
  const text = fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join(''));

  it('skip a pattern only when its quick test proves it cannot match', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const pattern of IDENTIFIER_PATTERNS) {
          pattern.regex.lastIndex = 0;
          if (pattern.regex.test(input)) expect(pattern.needs.test(input)).toBe(true);
        }
      }),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('match ASCII text the same with their ASCII twins', () => {
    const ascii = text.filter((input) => /^[\x20-\x7e]*$/.test(input));
    fc.assert(
      fc.property(ascii, (input) => {
        for (const pattern of IDENTIFIER_PATTERNS) {
          expect([...input.matchAll(pattern.ascii)].map((m) => m.index)).toEqual(
            [...input.matchAll(pattern.regex)].map((m) => m.index),
          );
        }
      }),
      { numRuns: 2000, seed: 13 },
    );
  });
});
