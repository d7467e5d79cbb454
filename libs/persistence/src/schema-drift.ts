import { DataSource } from 'typeorm';

/**
 * The SQL TypeORM would run to make the database match the entities. After migrations this
 * must be empty, which proves the hand-written migrations and the entities agree.
 */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<string[]> {
  const sql = await dataSource.driver.createSchemaBuilder().log();
  return sql.upQueries.map((q) => q.query);
}
