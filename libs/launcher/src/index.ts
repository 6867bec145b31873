export * from './platform';
export * from './platform-secrets';
export * from './supervised-process';
export * from './port-check';
export * from './demo-data';
