import { ImportSummary } from './import-summary';
import { renderProgress } from './progress-bar';

describe('the import summary', () => {
  it('counts every category, lists failures and ends 0 only when nothing failed', () => {
    const summary = new ImportSummary();
    summary.add('a.dcm', 'stored');
    summary.add('b.dcm', 'duplicate');
    summary.add('notes.txt', 'not-dicom');
    expect(summary.exitCode).toBe(0);
    summary.add('c.dcm', 'failed', 'TRUNCATED');
    expect(summary.files).toBe(4);
    expect(summary.exitCode).toBe(1);
    expect(summary.format()).toBe(
      [
        '  stored      1',
        '  duplicate   1',
        '  quarantined 0',
        '  excluded    0',
        '  failed      1',
        '  not DICOM   1',
        'failed files:',
        '  c.dcm: TRUNCATED',
        '',
      ].join('\n'),
    );
  });

  it('lists at most the first failures', () => {
    const summary = new ImportSummary();
    for (let i = 0; i < 5; i += 1) summary.add(`${i}.dcm`, 'failed');
    expect(summary.format(2)).toContain('… and 3 more');
  });
});

describe('the progress bar', () => {
  it('shows files, megabytes and rate within the terminal width', () => {
    const line = renderProgress(30, 120, 15_500_000, 2000, 80);
    expect(line).toMatch(/^\[#+-+\] 30\/120 files  15\.5 MB  15\.0 files\/s$/);
    expect(line.length).toBeLessThanOrEqual(80);
    expect(renderProgress(120, 120, 0, 0, 80)).toMatch(/^\[#+\] /);
  });
});
