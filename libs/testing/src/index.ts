export * from './free-port';
export * from './workspace';
export * from './test-platform';
export * from './cli';
