import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describeWith, findStandardsDir, repositoryRoot } from '@lattice/dicom/testing';
import { ACTION_CODE_DESCRIPTIONS } from '../generated/action-codes';
import { PROFILE_TABLE_EDITION, PROFILE_TABLE_ROWS, PROFILE_TABLE_SHA256 } from '../generated/profile-table';
import { SAFE_PRIVATE_ROWS } from '../generated/safe-private-table';

const script = join(repositoryRoot(), 'libs', 'deid', 'scripts', 'generate-profile.cjs');

describeWith(
  'generated PS3.15 tables',
  'standards folder',
  findStandardsDir('pymedphys_e1_1_confidentiality_profile_2026d.json'),
  (standardsDir) => {
    it('are exactly what the generator writes from the standards folder (content hashes checked)', () => {
      const run = spawnSync(process.execPath, [script, standardsDir, '--check'], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('up to date');
    });
  },
);

describe('generated PS3.15 tables (committed)', () => {
  it('hold all of Table E.1-1 2026d, its action codes and the safe private list', () => {
    expect(PROFILE_TABLE_EDITION).toBe('2026d');
    expect(PROFILE_TABLE_SHA256).toMatch(/^e257bc5e/);
    expect(PROFILE_TABLE_ROWS).toHaveLength(657);
    expect(Object.keys(ACTION_CODE_DESCRIPTIONS).sort()).toEqual([
      'C',
      'D',
      'K',
      'U',
      'X',
      'X/D',
      'X/Z',
      'X/Z/D',
      'X/Z/U*',
      'Z',
      'Z/D',
    ]);
    expect(SAFE_PRIVATE_ROWS).toHaveLength(479);
  });

  it('interpret the repeating-group and private rows as masks', () => {
    const curve = PROFILE_TABLE_ROWS.find((row) => row.tag === '(50xx,xxxx)');
    const overlay = PROFILE_TABLE_ROWS.find((row) => row.tag === '(60xx,3000)');
    const privateRow = PROFILE_TABLE_ROWS.find((row) => row.match === 'private');
    expect(curve).toMatchObject({ match: 'mask', value: 0x50000000, mask: 0xff000000 });
    expect(overlay).toMatchObject({ match: 'mask', value: 0x60003000, mask: 0xff00ffff });
    expect(privateRow).toMatchObject({ basic: 'X', options: { retainSafePrivate: 'C' } });
  });
});
