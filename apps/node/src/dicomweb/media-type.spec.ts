import { isValidBoundary, parseMediaType } from './media-type';

describe('media types', () => {
  it('parse type, subtype and parameters, quoted or not, case-insensitively', () => {
    const parsed = parseMediaType(
      'Multipart/Related; Type="application/dicom"; boundary=abc123;start="<a;b>"',
    );
    expect(parsed?.essence).toBe('multipart/related');
    expect(Object.fromEntries(parsed?.parameters ?? [])).toEqual({
      type: 'application/dicom',
      boundary: 'abc123',
      start: '<a;b>',
    });
    expect(
      parseMediaType('multipart/related; boundary="quoted \\"inner\\" value"')?.parameters.get('boundary'),
    ).toBe('quoted "inner" value');
  });

  it.each([undefined, '', 'text', 'a/b/c', ' /x'])('refuse %j', (value) =>
    expect(parseMediaType(value)).toBeNull(),
  );

  it('check boundaries as RFC 2046 allows them', () => {
    expect(isValidBoundary('lattice-0123456789abcdef')).toBe(true);
    expect(isValidBoundary('with space inside')).toBe(true);
    expect(isValidBoundary('ends with space ')).toBe(false);
    expect(isValidBoundary('x'.repeat(71))).toBe(false);
    expect(isValidBoundary('bad\r\nboundary')).toBe(false);
  });
});
