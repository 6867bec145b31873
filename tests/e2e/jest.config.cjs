// Journeys across the running platform and the browser. Each file starts its own platform on free
// ports through the same launcher as `npm start`; the bundles are built by `npm test` beforehand.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'e2e',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.e2e-spec.ts'],
  testTimeout: 120_000,
};
