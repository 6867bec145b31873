import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderEnvironmentTables } from '@lattice/config';

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

describe('README', () => {
  it('documents exactly the environment variables the code reads (regenerate with `npx lattice config --markdown`)', () => {
    const match = /<!-- environment-tables:start -->\n([\s\S]*?)\n<!-- environment-tables:end -->/.exec(
      readme,
    );
    expect(match?.[1]).toBe(renderEnvironmentTables());
  });

  it('gives a newcomer the two commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
