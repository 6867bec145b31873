import { formatProgress } from './progress-display';

describe('formatProgress', () => {
  const state = {
    done: 150,
    total: 300,
    deidentified: 140,
    quarantined: 6,
    rejected: 3,
    failed: 1,
    elapsedSeconds: 2,
  };

  it('shows the bar half full, files done of total, rate, time left and every count', () => {
    const line = formatProgress(state);
    expect(line).toMatch(/^█{12}░{12} 150\/300 files {2}75 files\/s {2}ETA 0:02/);
    expect(line).toContain('de-identified 140  quarantined 6  rejected 3  failed 1');
  });

  it('shows an unknown total and time left while the input is being counted', () => {
    const line = formatProgress({ ...state, total: undefined });
    expect(line).toContain('150/? files');
    expect(line).toContain('ETA -:--');
  });

  it('writes hours for long runs', () => {
    expect(formatProgress({ ...state, done: 1, total: 100_000, elapsedSeconds: 1 })).toContain(
      'ETA 27:46:39',
    );
  });
});
