import { preferredEncoding } from './compression';

describe('preferredEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0, gzip;q=0.8', 'gzip'],
    ['GZIP', 'gzip'],
    ['br;q=0,gzip;q=0', null],
  ] as const)('Accept-Encoding %j gives %j', (header, expected) => {
    expect(preferredEncoding(header)).toBe(expected);
  });
});
