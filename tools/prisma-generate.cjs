// Generates the Prisma clients of every service schema (runs after `npm ci`).
// Each schema has a prisma.config.ts selecting Prisma's JS engine, so nothing is downloaded.
// Prisma 6 needs DATABASE_URL to load a schema even for `generate`; any valid URL will do here.
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
for (const service of ['center', 'node']) {
  const config = `prisma/${service}/prisma.config.ts`;
  if (!existsSync(path.join(root, config))) continue;
  execFileSync(process.execPath, [require.resolve('prisma/build/index.js'), 'generate', '--config', config], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://localhost/unused',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
}
