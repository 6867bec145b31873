import { formatByteSize, formatCount } from './number-format';

describe('formatByteSize', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1000, '1 kB'],
    [524_288, '524 kB'],
    [1_450_000, '1.5 MB'],
    [3_000_000_000, '3 GB'],
  ])('%i bytes read "%s" in English', (bytes, expected) => {
    expect(formatByteSize(bytes, 'en')).toBe(expected);
  });

  it('uses the locale for the number and the unit', () => {
    expect(formatByteSize(1_450_000, 'zh-TW')).toMatch(/^1\.5\s?MB$/);
  });
});

describe('formatCount', () => {
  it('groups digits', () => {
    expect(formatCount(12_345, 'en')).toBe('12,345');
    expect(formatCount(12_345, 'zh-TW')).toBe('12,345');
  });
});
