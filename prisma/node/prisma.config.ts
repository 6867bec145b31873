import { defineConfig } from 'prisma/config';
import { migrateAdapter } from '../../libs/database/src/prisma-migrate-adapter';

// Prisma CLI settings for the node schema: the JS schema engine through a driver adapter, because the
// native engines cannot be downloaded where Lattice is built. Run with --config prisma/node/prisma.config.ts.
export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: 'schema.prisma',
  migrations: { path: 'migrations' },
  adapter: async () => {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error('DATABASE_URL must name the database to migrate');
    return migrateAdapter(url);
  },
});
