import { MigrationInterface, QueryRunner } from 'typeorm';

/** The trigger as retention left it: only a reason may become retention's marker, nothing else changes. */
const APPEND_ONLY_BEFORE = `CREATE OR REPLACE FUNCTION "access_log_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.reason IS NOT NULL
            AND NEW.reason ~ '^\\[Gallrad [0-9]{4}-[0-9]{2}-[0-9]{2}\\]$'
            AND (NEW.id, NEW.read_at, NEW.reader_sub, NEW.reader_name, NEW.reader_roles,
                 NEW.deviation_id, NEW.deviation_kind, NEW.field)
              IS NOT DISTINCT FROM (OLD.id, OLD.read_at, OLD.reader_sub, OLD.reader_name, OLD.reader_roles,
                 OLD.deviation_id, OLD.deviation_kind, OLD.field)
          THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'access_log_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`;

/**
 * Who read what, for every kind of personal data: an entry names the kind of record
 * (DEVIATION, DECISION_NOT_EXECUTED) and the records a read returned (one opened, or every one a
 * list showed); the deviation's kind only for deviations. Existing entries become reads of one
 * DEVIATION, their content otherwise as it was. The table stays append-only: the trigger now
 * compares the whole entry but its reason, so a column added later is covered too.
 */
export class AccessLogRecords1796800000300 implements MigrationInterface {
  name = 'AccessLogRecords1796800000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "access_log_entry" ADD "record_kind" text NOT NULL DEFAULT 'DEVIATION'`);
    await q.query(`ALTER TABLE "access_log_entry" ALTER COLUMN "record_kind" DROP DEFAULT`);
    await q.query(`ALTER TABLE "access_log_entry" ADD "record_ids" uuid array`);
    // Moving the existing entries' record into the new column is this migration's one change to them.
    await q.query(`ALTER TABLE "access_log_entry" DISABLE TRIGGER "access_log_entry_no_change"`);
    await q.query(`UPDATE "access_log_entry" SET "record_ids" = ARRAY["deviation_id"]`);
    await q.query(`ALTER TABLE "access_log_entry" ENABLE TRIGGER "access_log_entry_no_change"`);
    await q.query(`ALTER TABLE "access_log_entry" ALTER COLUMN "record_ids" SET NOT NULL`);
    await q.query(`DROP INDEX "access_log_entry_deviation_id_idx"`);
    await q.query(`ALTER TABLE "access_log_entry" DROP COLUMN "deviation_id"`);
    await q.query(`ALTER TABLE "access_log_entry" ALTER COLUMN "deviation_kind" DROP NOT NULL`);
    await q.query(`CREATE INDEX "access_log_entry_record_ids_idx" ON "access_log_entry" USING gin ("record_ids")`);
    await q.query(`CREATE INDEX "access_log_entry_record_kind_idx" ON "access_log_entry" ("record_kind", "read_at")`);
    await q.query(`CREATE OR REPLACE FUNCTION "access_log_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' THEN
          IF OLD.reason IS NOT NULL
            AND NEW.reason ~ '^\\[Gallrad [0-9]{4}-[0-9]{2}-[0-9]{2}\\]$'
            AND (to_jsonb(NEW) - 'reason') = (to_jsonb(OLD) - 'reason')
          THEN
            RETURN NEW;
          END IF;
        END IF;
        RAISE EXCEPTION 'access_log_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`);
  }

  /** Back to one deviation per entry: entries of other records, and lists, cannot be kept so. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(APPEND_ONLY_BEFORE);
    await q.query(`ALTER TABLE "access_log_entry" ADD "deviation_id" uuid`);
    await q.query(`ALTER TABLE "access_log_entry" DISABLE TRIGGER "access_log_entry_no_change"`);
    await q.query(
      `DELETE FROM "access_log_entry" WHERE "record_kind" <> 'DEVIATION' OR cardinality("record_ids") <> 1`,
    );
    await q.query(`UPDATE "access_log_entry" SET "deviation_id" = "record_ids"[1]`);
    await q.query(`ALTER TABLE "access_log_entry" ENABLE TRIGGER "access_log_entry_no_change"`);
    await q.query(`ALTER TABLE "access_log_entry" ALTER COLUMN "deviation_id" SET NOT NULL`);
    await q.query(`ALTER TABLE "access_log_entry" ALTER COLUMN "deviation_kind" SET NOT NULL`);
    await q.query(`DROP INDEX "access_log_entry_record_kind_idx"`);
    await q.query(`DROP INDEX "access_log_entry_record_ids_idx"`);
    await q.query(`ALTER TABLE "access_log_entry" DROP COLUMN "record_ids"`);
    await q.query(`ALTER TABLE "access_log_entry" DROP COLUMN "record_kind"`);
    await q.query(`CREATE INDEX "access_log_entry_deviation_id_idx" ON "access_log_entry" ("deviation_id")`);
  }
}
