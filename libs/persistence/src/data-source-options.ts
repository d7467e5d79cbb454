import { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { databaseUrlOn } from './database-url';
import { ListenedClient } from './listened-client';
import { assertSafeDatabaseForEnvironment } from './test-database-guard';

export interface ServiceDatabaseConfig {
  /** Server URL without a meaningful database path, e.g. postgres://postgres@127.0.0.1:5432/ */
  serverUrl: string;
  databaseName: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  poolSize?: number;
}

/** Migrations only, never `synchronize`: the schema a service runs on is the one it ships. */
export function serviceDataSourceOptions(config: ServiceDatabaseConfig): DataSourceOptions {
  assertSafeDatabaseForEnvironment(config.databaseName);
  return {
    type: 'postgres',
    url: databaseUrlOn(config.serverUrl, config.databaseName),
    entities: config.entities,
    migrations: config.migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: false,
    extra: { max: config.poolSize ?? 10, connectionTimeoutMillis: 5_000, Client: ListenedClient },
  };
}
