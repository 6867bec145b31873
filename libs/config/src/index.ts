export * from './define-config';
export * from './variables';
export * from './storage-variables';
export * from './storage-checks';
export * from './center.config';
export * from './node.config';
export * from './dev-idp.config';
export * from './portal.config';
