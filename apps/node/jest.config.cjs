module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'node',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
};
