import { Client } from 'pg';
import { databaseUrlOn } from '@kvalitetsnav/persistence';

/** One query on a service's database from the test itself (not through any service), on a connection of its own. */
export async function queryDatabase<T = Record<string, unknown>>(
  serverUrl: string,
  database: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrlOn(serverUrl, database), connectionTimeoutMillis: 5000 });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end().catch(() => undefined);
  }
}
