export * from './consent-decision-point';
