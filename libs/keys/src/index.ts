export * from './key-file-error';
export * from './secret-key';
export * from './signing-key';
export * from './key-file-format';
export * from './key-file';
