export * from './embedded-postgres-server';
export * from './migrations';
export * from './database-urls';
