import { readFileSync } from 'node:fs';
import path from 'node:path';
import { renderEnvironmentTables } from '@lattice/config';

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

/** Headings and table cells, ignoring column padding and separator rows (a formatter may realign them). */
function tableContent(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^\|[\s|:-]+\|$/.test(line))
    .map((line) =>
      line.startsWith('|')
        ? line
            .slice(1, -1)
            .split(/(?<!\\)\|/)
            .map((cell) => cell.trim())
            .join(' | ')
        : line,
    );
}

describe('README', () => {
  it('documents exactly the environment variables the code reads (regenerate with `npx lattice config --markdown`)', () => {
    const match = /<!-- environment-tables:start -->([\s\S]*?)<!-- environment-tables:end -->/.exec(readme);
    expect(tableContent(match?.[1] ?? '')).toEqual(tableContent(renderEnvironmentTables()));
  });

  it('gives a newcomer the two commands', () => {
    expect(readme).toContain('npm ci && npm start');
    expect(readme).toContain('npm test');
  });
});
