import { cacheControlOf, contentTypeOf, isAppRoute } from './static-files';

describe('static file rules', () => {
  it.each([
    ['assets/index-BvJ-PjrD.js', 'public, max-age=31536000, immutable'],
    ['assets/chunks/vendor-a1B2c3D4.css', 'public, max-age=31536000, immutable'],
    ['assets/logo.svg', 'no-cache'],
    ['index.html', 'no-cache'],
    ['favicon-BvJ-PjrD.svg', 'no-cache'],
  ])('%s is cached with %s', (file, expected) => {
    expect(cacheControlOf(file)).toBe(expected);
  });

  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.JS', 'text/javascript; charset=utf-8'],
    ['font.woff2', 'font/woff2'],
    ['data.bin', 'application/octet-stream'],
  ])('%s is sent as %s', (file, expected) => {
    expect(contentTypeOf(file)).toBe(expected);
  });

  it('treats extension-less paths and browser navigations as app routes, and missing files as missing', () => {
    expect(isAppRoute('/', undefined)).toBe(true);
    expect(isAppRoute('/callback', '*/*')).toBe(true);
    expect(isAppRoute('/missing.js', '*/*')).toBe(false);
    expect(isAppRoute('/studies/2.25.1234', undefined)).toBe(false);
    expect(isAppRoute('/studies/2.25.1234', 'text/html,application/xhtml+xml')).toBe(true);
  });

  it('never answers a missing build asset with the app', () => {
    expect(isAppRoute('/assets/index-12345678.js', 'text/html')).toBe(false);
    expect(isAppRoute('/assets/', 'text/html')).toBe(false);
  });
});
