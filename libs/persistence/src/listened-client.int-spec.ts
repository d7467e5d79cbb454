import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { serviceDataSourceOptions } from './data-source-options';
import { databaseUrlOn } from './database-url';
import { dropDatabase, ensureDatabase } from './ensure-database';
import { ListenedClient } from './listened-client';

const serverUrl = process.env['KVN_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/';

/**
 * The database ends the connection of a client a service holds between two statements (as a
 * restart does): the service lives on, the client answers its next query with an error, and the
 * pool hands out a working one after it.
 */
describe("a service's database connection lost while it is checked out", () => {
  const databaseName = `kvn_persistence_test_${randomBytes(4).toString('hex')}`;
  let dataSource: DataSource;
  let admin: Client;

  beforeAll(async () => {
    await ensureDatabase(serverUrl, databaseName);
    dataSource = await new DataSource(
      serviceDataSourceOptions({ serverUrl, databaseName, entities: [], migrations: [] }),
    ).initialize();
    admin = new Client({ connectionString: databaseUrlOn(serverUrl, 'postgres') });
    await admin.connect();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await admin?.end();
    await dropDatabase(serverUrl, databaseName);
  });

  it('does not take the process down, fails the next query on it and is replaced', async () => {
    const pool = (dataSource.driver as PostgresDriver).master as {
      connect(): Promise<ListenedClient & { release(e?: unknown): void }>;
    };
    const held = await pool.connect();
    expect(held).toBeInstanceOf(ListenedClient);
    const [{ pid }] = (await held.query('SELECT pg_backend_pid() AS pid')).rows as { pid: number }[];

    await admin.query('SELECT pg_terminate_backend($1)', [pid]);
    for (let i = 0; i < 50 && !held.lastError; i++) await new Promise((r) => setTimeout(r, 20));

    expect(held.lastError?.message).toMatch(/terminat/);
    await expect(held.query('SELECT 1')).rejects.toThrow();
    held.release(held.lastError);
    expect(await dataSource.query('SELECT 1 AS one')).toEqual([{ one: 1 }]);
  });
});
