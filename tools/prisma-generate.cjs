// Generates the Prisma clients for every service schema after install.
// Prisma 6 needs DATABASE_URL to load a schema even for `generate`; any valid URL will do here.
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const schemas = ['prisma/center/schema.prisma', 'prisma/node/schema.prisma'].filter((schema) =>
  existsSync(path.join(root, schema)),
);
for (const schema of schemas) {
  execFileSync(process.execPath, [require.resolve('prisma/build/index.js'), 'generate', '--schema', schema], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: process.env.DATABASE_URL ?? 'postgresql://localhost/unused',
      PRISMA_HIDE_UPDATE_MESSAGE: '1',
    },
  });
}
