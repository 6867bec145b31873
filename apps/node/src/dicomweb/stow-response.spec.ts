import { stowResponse, stowStatus, type StowItem } from './stow-response';

const received = { sopClassUid: '1.2.840.10008.5.1.4.1.1.2', sopInstanceUid: '1.2.3.4' };
const items: StowItem[] = [
  { part: 1, result: { outcome: 'stored', sopInstanceUid: '2.25.9', received } },
  { part: 2, result: { outcome: 'duplicate', sopInstanceUid: '2.25.9', received } },
  { part: 3, result: { outcome: 'quarantined', code: 'BURNED_IN_PIXELS_UNVERIFIED', reason: 'r', received } },
  { part: 4, result: { outcome: 'excluded', code: 'OPTED_OUT', reason: 'r', received } },
  { part: 5, result: { outcome: 'rejected', code: 'NOT_DICOM', reason: 'r' } },
  { part: 6, result: { outcome: 'rejected', code: 'STUDY_MISMATCH', reason: 'r', received } },
  { part: 7, result: { outcome: 'failed', code: 'STORAGE_UNAVAILABLE', reason: 'r', received } },
  { part: 8, result: { outcome: 'failed', code: 'INTERNAL_ERROR', reason: 'r', received } },
];

describe('the STOW-RS response', () => {
  const response = stowResponse(items) as any;
  const referenced = response['00081199'].Value;
  const failed = response['00081198'].Value;

  it('references every part the node took, with the warning that says what happened', () => {
    expect(
      referenced.map((item: any) => [
        item['00091003'].Value[0],
        item['00091001'].Value[0],
        item['00081196'].Value[0],
      ]),
    ).toEqual([
      [1, 'STORED', 0xb000],
      [2, 'DUPLICATE', 0xb000],
      [3, 'QUARANTINED', 0xb100],
      [4, 'EXCLUDED', 0xb101],
    ]);
    expect(referenced[0]['00081150']).toEqual({ vr: 'UI', Value: [received.sopClassUid] });
    expect(referenced[0]['00081155']).toEqual({ vr: 'UI', Value: [received.sopInstanceUid] });
    expect(referenced[0]['00090010']).toEqual({ vr: 'LO', Value: ['LATTICE STOW'] });
    expect(Object.keys(referenced[0])).toEqual([...Object.keys(referenced[0])].sort());
  });

  it('lists failures with their Failure Reason and code; an unreadable part has no UIDs', () => {
    expect(
      failed.map((item: any) => [
        item['00091003'].Value[0],
        item['00081197'].Value[0],
        item['00091002'].Value[0],
      ]),
    ).toEqual([
      [5, 0xc000, 'NOT_DICOM'],
      [6, 0xa901, 'STUDY_MISMATCH'],
      [7, 0xa700, 'STORAGE_UNAVAILABLE'],
      [8, 0x0110, 'INTERNAL_ERROR'],
    ]);
    expect(failed[0]['00081155']).toBeUndefined();
  });

  it('answers 200 when all were taken, 202 when some failed, 409 when none was taken', () => {
    expect(stowStatus(items.slice(0, 4))).toBe(200);
    expect(stowStatus(items)).toBe(202);
    expect(stowStatus(items.slice(4))).toBe(409);
  });
});
