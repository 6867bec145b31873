export * from './request-signature';
