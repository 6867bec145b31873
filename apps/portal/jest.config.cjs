module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'portal',
  rootDir: __dirname,
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/src/**/*.spec.tsx',
    '<rootDir>/src/**/*.int-spec.ts',
    '<rootDir>/server/**/*.spec.ts',
  ],
};
