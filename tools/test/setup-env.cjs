// Every Jest worker: reflect-metadata for Nest/TypeORM decorators, and test mode for the DB guard.
require('reflect-metadata');
process.env.NODE_ENV = 'test';
