// Every project's Jest configuration, so `npm test` runs the whole suite in one pass.
const { existsSync, readdirSync } = require('node:fs');
const path = require('node:path');

const projectDirs = ['apps', 'libs', 'tests'].flatMap((group) => {
  const dir = path.join(__dirname, group);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => path.join(dir, name))
    .filter((projectDir) => existsSync(path.join(projectDir, 'jest.config.cjs')));
});

module.exports = { projects: projectDirs.sort() };
