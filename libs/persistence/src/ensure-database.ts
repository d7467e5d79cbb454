import { Client } from 'pg';
import { assertPlainDatabaseName, databaseUrlOn } from './database-url';
import { assertSafeDatabaseForEnvironment } from './test-database-guard';

/** Creates the service's database on first start, so a fresh server needs no manual step. */
export async function ensureDatabase(serverUrl: string, databaseName: string): Promise<void> {
  assertPlainDatabaseName(databaseName);
  assertSafeDatabaseForEnvironment(databaseName);
  const client = new Client({ connectionString: databaseUrlOn(serverUrl, 'postgres') });
  await client.connect();
  try {
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [databaseName]);
    if (found.rowCount === 0) {
      await client.query(`CREATE DATABASE "${databaseName}"`).catch((error: { code?: string }) => {
        // Two services or test workers racing to create the same database is fine.
        if (error.code !== '42P04' && error.code !== '23505') throw error;
      });
    }
  } finally {
    await client.end();
  }
}

export async function dropDatabase(serverUrl: string, databaseName: string): Promise<void> {
  assertPlainDatabaseName(databaseName);
  assertSafeDatabaseForEnvironment(databaseName, 'test');
  const client = new Client({ connectionString: databaseUrlOn(serverUrl, 'postgres') });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
