import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who read what: the access log of reads of protected text. It is only ever added to: a
 * trigger refuses every UPDATE, DELETE and TRUNCATE, whoever connects (the service's own user
 * owns the table, so revoking privileges alone would not hold).
 */
export class AccessLog1796700000100 implements MigrationInterface {
  name = 'AccessLog1796700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "access_log_entry" (
      "id" uuid NOT NULL,
      "read_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "reader_sub" text NOT NULL,
      "reader_name" text NOT NULL,
      "reader_roles" jsonb NOT NULL,
      "deviation_id" uuid NOT NULL,
      "deviation_kind" text NOT NULL,
      "field" text NOT NULL,
      "reason" text,
      CONSTRAINT "access_log_entry_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "access_log_entry_read_at_idx" ON "access_log_entry" ("read_at")`);
    await q.query(`CREATE INDEX "access_log_entry_reader_sub_idx" ON "access_log_entry" ("reader_sub", "read_at")`);
    await q.query(`CREATE INDEX "access_log_entry_deviation_id_idx" ON "access_log_entry" ("deviation_id")`);
    await q.query(`CREATE FUNCTION "access_log_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_log_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
    await q.query(`CREATE TRIGGER "access_log_entry_no_change" BEFORE UPDATE OR DELETE ON "access_log_entry"
      FOR EACH ROW EXECUTE FUNCTION "access_log_entry_append_only"()`);
    await q.query(`CREATE TRIGGER "access_log_entry_no_truncate" BEFORE TRUNCATE ON "access_log_entry"
      FOR EACH STATEMENT EXECUTE FUNCTION "access_log_entry_append_only"()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "access_log_entry"`);
    await q.query(`DROP FUNCTION "access_log_entry_append_only"()`);
  }
}
