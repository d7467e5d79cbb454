export * from './infrastructure';
export * from './graphql-client';
export * from './service-app';
export * from './builders';
export * from './processes';
export * from './events';
export * from './own-infrastructure';
export * from './databases';
