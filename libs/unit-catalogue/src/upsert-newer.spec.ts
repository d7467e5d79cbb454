import { upsertNewerSql } from './upsert-newer';

describe('upsertNewerSql', () => {
  it('inserts, or updates only when the incoming version is newer', () => {
    const sql = upsertNewerSql('unit_ref', ['id', 'name', 'version']).replace(/\s+/g, ' ');
    expect(sql).toBe(
      'INSERT INTO "unit_ref" ("id", "name", "version") VALUES ($1, $2, $3) ON CONFLICT ("id") DO UPDATE SET "name" = EXCLUDED."name", "version" = EXCLUDED."version" WHERE "unit_ref"."version" < EXCLUDED."version"',
    );
  });
});
