module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'launcher',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
};
