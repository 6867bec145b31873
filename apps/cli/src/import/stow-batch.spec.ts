import { partOutcomes, stowBody } from './stow-batch';

describe('STOW-RS batches', () => {
  it('put each file in its own application/dicom part, in order', () => {
    const { contentType, body } = stowBody([Buffer.from('first'), Buffer.from('second')], 'B0UND');
    expect(contentType).toBe('multipart/related; type="application/dicom"; boundary=B0UND');
    expect(body.toString('latin1')).toBe(
      '--B0UND\r\nContent-Type: application/dicom\r\n\r\nfirst\r\n--B0UND\r\nContent-Type: application/dicom\r\n\r\nsecond\r\n--B0UND--\r\n',
    );
    expect(stowBody([Buffer.from('x')]).contentType).toMatch(/boundary=lattice-[0-9a-f]{24}$/);
  });

  it("read the node's answer into one outcome per part", () => {
    const item = (part: number, word: string, code?: string) => ({
      '00090010': { vr: 'LO', Value: ['LATTICE STOW'] },
      '00091001': { vr: 'CS', Value: [word] },
      ...(code ? { '00091002': { vr: 'LO', Value: [code] } } : {}),
      '00091003': { vr: 'UL', Value: [part] },
    });
    const answer = {
      '00081198': { vr: 'SQ', Value: [item(2, 'REJECTED', 'TRUNCATED'), item(9, 'FAILED')] },
      '00081199': {
        vr: 'SQ',
        Value: [
          item(1, 'STORED'),
          item(3, 'DUPLICATE'),
          item(4, 'QUARANTINED', 'OCR_TEXT_FOUND'),
          item(5, 'EXCLUDED', 'OPTED_OUT'),
        ],
      },
    };
    expect(partOutcomes(answer, 6)).toEqual([
      { outcome: 'stored' },
      { outcome: 'failed', code: 'TRUNCATED' },
      { outcome: 'duplicate' },
      { outcome: 'quarantined', code: 'OCR_TEXT_FOUND' },
      { outcome: 'excluded', code: 'OPTED_OUT' },
      { outcome: 'failed', code: 'NOT_IN_RESPONSE' },
    ]);
  });

  it('fall back to the standard sequences when an answer has no private block', () => {
    const answer = {
      '00081199': { Value: [{ '00091003': { Value: [1] } }] },
      '00081198': { Value: [{ '00091003': { Value: [2] } }] },
    };
    expect(partOutcomes(answer, 2)).toEqual([{ outcome: 'stored' }, { outcome: 'failed' }]);
    expect(partOutcomes('not json', 1)).toEqual([{ outcome: 'failed', code: 'NOT_IN_RESPONSE' }]);
  });
});
