export * from './test-database-guard';
export * from './database-url';
export * from './ensure-database';
export * from './data-source-options';
export * from './schema-drift';
export * from './listened-client';
