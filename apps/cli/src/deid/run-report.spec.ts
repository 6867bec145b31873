import { RunTally } from './run-report';

const settings = {
  profile: 'research-default',
  options: ['cleanDescriptors'],
  stage: 1,
  keyId: 'abc123',
  jobs: 2,
};

describe('RunTally', () => {
  it('counts statuses and reason codes, and sorts entries by input path', () => {
    const tally = new RunTally();
    tally.add(
      { input: 'b/2.dcm', status: 'deidentified', output: 'P1/1/2/3.dcm' },
      { bytesRead: 10, bytesWritten: 9 },
    );
    tally.add(
      { input: 'a/1.dcm', status: 'rejected', code: 'NOT_DICOM', reason: 'no DICM prefix' },
      { bytesRead: 4 },
    );
    tally.add(
      { input: 'c.dcm', status: 'quarantined', code: 'RESIDUAL_PHI', reason: 'x' },
      { skipped: true },
    );
    tally.add({ input: 'd.dcm', status: 'quarantined', code: 'RESIDUAL_PHI', reason: 'y' });
    tally.add({ input: 'e.dcm', status: 'deidentified', output: 'P1/1/2/3.dcm' }, { alreadyPresent: true });

    const report = tally.report(settings, 2, false);
    expect(report.files.map((file) => file.input)).toEqual(['a/1.dcm', 'b/2.dcm', 'c.dcm', 'd.dcm', 'e.dcm']);
    expect(report.summary).toMatchObject({
      files: 5,
      counts: { deidentified: 2, quarantined: 2, rejected: 1, failed: 0 },
      reasons: { NOT_DICOM: 1, RESIDUAL_PHI: 2 },
      skipped: 1,
      alreadyPresent: 1,
      bytesRead: 14,
      bytesWritten: 9,
      seconds: 2,
      filesPerSecond: 2.5,
      keyId: 'abc123',
      interrupted: false,
    });
  });
});
