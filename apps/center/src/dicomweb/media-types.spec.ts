import { DicomwebError } from './dicomweb.error';
import { negotiateDicomJson, negotiateRetrieve, parseAccept } from './media-types';

const notAcceptable = (work: () => unknown) => {
  try {
    work();
  } catch (error) {
    return error instanceof DicomwebError && error.code === 'NOT_ACCEPTABLE';
  }
  return false;
};

describe('Accept negotiation', () => {
  it('orders media ranges by weight, keeps quoted parameters whole and drops q=0', () => {
    const ranges = parseAccept(
      'application/json;q=0.5, multipart/related; type="application/dicom"; transfer-syntax=*, text/html;q=0',
    );
    expect(ranges.map((range) => `${range.type}/${range.subtype}`)).toEqual([
      'multipart/related',
      'application/json',
    ]);
    expect(ranges[0]?.params).toEqual({ type: 'application/dicom', 'transfer-syntax': '*' });
  });

  it.each([
    [undefined, '*'],
    ['*/*', '*'],
    ['multipart/related; type="application/dicom"', '*'],
    ['multipart/related; type=application/dicom; transfer-syntax=1.2.840.10008.1.2', '1.2.840.10008.1.2'],
    [
      'image/jpeg, multipart/related; type="application/dicom"; transfer-syntax=1.2.840.10008.1.2.1',
      '1.2.840.10008.1.2.1',
    ],
  ])('retrieves instances for Accept %j in transfer syntax %s', (accept, transferSyntax) => {
    expect(negotiateRetrieve(accept)).toEqual({ transferSyntax });
  });

  it.each(['image/jpeg', 'application/dicom+json', 'multipart/related; type="application/octet-stream"'])(
    'refuses to retrieve instances as %s',
    (accept) => {
      expect(notAcceptable(() => negotiateRetrieve(accept))).toBe(true);
    },
  );

  it('answers searches and metadata as DICOM JSON only', () => {
    for (const accept of [undefined, 'application/dicom+json', 'application/json', 'application/*', '*/*']) {
      expect(notAcceptable(() => negotiateDicomJson(accept))).toBe(false);
    }
    for (const accept of [
      'application/dicom+xml',
      'multipart/related; type="application/dicom+xml"',
      'text/html',
    ]) {
      expect(notAcceptable(() => negotiateDicomJson(accept))).toBe(true);
    }
  });
});
