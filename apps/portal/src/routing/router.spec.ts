import { safeReturnPath } from './router';

describe('safeReturnPath', () => {
  it.each(['/', '/nodes', '/studies?modality=CT', '/a#b'])('keeps the portal path %s', (path) => {
    expect(safeReturnPath(path)).toBe(path);
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/'],
    ['a backslash that browsers read as a slash', '/\\evil.example'],
    ['a tab browsers drop', '/\t/evil.example'],
    ['a relative path', 'nodes'],
    ['the callback itself', '/callback'],
    ['the callback with a query', '/callback?code=x'],
    ['a non-string', 42],
    ['nothing', undefined],
  ])('returns home instead of %s', (_label, candidate) => {
    expect(safeReturnPath(candidate)).toBe('/');
  });
});
