export * from './error-code';
export * from './rule';
export * from './common-rules';
export * from './contracts-rules';
export * from './surveys-rules';
export * from './deviations-rules';
export * from './forecasting-rules';
export * from './schema-enums.generated';
