// Checks of the production shape (docker-compose.yml, Dockerfiles, Keycloak realm) that need no Docker engine.
module.exports = {
  ...require('../../jest.preset.cjs'),
  displayName: 'deploy',
  rootDir: __dirname,
  testMatch: ['<rootDir>/**/*.spec.ts'],
};
