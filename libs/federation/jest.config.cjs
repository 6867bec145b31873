module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'federation',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
};
