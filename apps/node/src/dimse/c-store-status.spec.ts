import type { IngestResult } from '../ingest/ingest-result';
import { cStoreAnswer, CStoreStatus } from './c-store-status';

describe('C-STORE statuses', () => {
  it.each<[IngestResult, number, string | undefined]>([
    [{ outcome: 'stored', sopInstanceUid: '2.25.1' }, CStoreStatus.Success, undefined],
    [{ outcome: 'duplicate', sopInstanceUid: '2.25.1' }, CStoreStatus.Success, undefined],
    [
      { outcome: 'quarantined', code: 'BURNED_IN_PIXELS_UNVERIFIED', reason: 'r' },
      CStoreStatus.Success,
      undefined,
    ],
    [{ outcome: 'excluded', code: 'OPTED_OUT', reason: 'r' }, CStoreStatus.Success, undefined],
    [{ outcome: 'rejected', code: 'SOP_CLASS_MISMATCH', reason: 'r' }, 0xa900, 'SOP_CLASS_MISMATCH'],
    [{ outcome: 'rejected', code: 'NOT_DICOM', reason: 'r' }, 0xc000, 'NOT_DICOM'],
    [{ outcome: 'rejected', code: 'TRUNCATED', reason: 'r' }, 0xc000, 'TRUNCATED'],
    [{ outcome: 'failed', code: 'DATABASE_UNAVAILABLE', reason: 'r' }, 0xa700, 'DATABASE_UNAVAILABLE'],
    [{ outcome: 'failed', code: 'STORAGE_UNAVAILABLE', reason: 'r' }, 0xa700, 'STORAGE_UNAVAILABLE'],
    [{ outcome: 'failed', code: 'INTERNAL_ERROR', reason: 'r' }, 0x0110, 'INTERNAL_ERROR'],
  ])('%j → %d', (result, status, comment) => {
    expect(cStoreAnswer(result)).toEqual({ status, ...(comment ? { errorComment: comment } : {}) });
  });
});
