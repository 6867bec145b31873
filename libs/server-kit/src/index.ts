export * from './request-context';
export * from './json-logger';
export * from './error-envelope';
export * from './error-envelope.filter';
export * from './zod-validation.pipe';
export * from './health';
export * from './http-service';
export * from './object-store.module';
