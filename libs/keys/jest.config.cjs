module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'keys',
  rootDir: __dirname,
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.int-spec.ts'],
};
