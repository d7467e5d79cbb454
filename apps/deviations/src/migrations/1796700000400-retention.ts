import { MigrationInterface, QueryRunner } from 'typeorm';

const APPEND_ONLY = `CREATE OR REPLACE FUNCTION "access_log_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'access_log_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END
    $$`;

/**
 * Retention (gallring): the runs and the deviations each touched. The access log stays
 * append-only except for one change: retention may replace a reason with the marker
 * "[Gallrad YYYY-MM-DD]", and nothing else in the entry.
 */
export class Retention1796700000400 implements MigrationInterface {
  name = 'Retention1796700000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "retention_run" (
      "id" uuid NOT NULL,
      "ran_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "ran_by" text NOT NULL,
      "ran_by_name" text,
      "ran_on" date NOT NULL,
      "protected_text_months" integer NOT NULL,
      "free_text_months" integer NOT NULL,
      "originals_closed_by" date NOT NULL,
      "free_texts_closed_by" date NOT NULL,
      "originals_removed" integer NOT NULL,
      "free_texts_anonymised" integer NOT NULL,
      "access_log_reasons_anonymised" integer NOT NULL,
      CONSTRAINT "retention_run_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "retention_run_ran_at_idx" ON "retention_run" ("ran_at")`);
    await q.query(`CREATE TABLE "retention_run_deviation" (
      "run_id" uuid NOT NULL,
      "deviation_id" uuid NOT NULL,
      "original_removed" boolean NOT NULL,
      "free_texts_anonymised" boolean NOT NULL,
      CONSTRAINT "retention_run_deviation_pkey" PRIMARY KEY ("run_id", "deviation_id")
    )`);
    await q.query(
      `CREATE INDEX "retention_run_deviation_deviation_id_idx" ON "retention_run_deviation" ("deviation_id")`,
    );
    await q.query(`CREATE OR REPLACE FUNCTION "access_log_entry_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
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
    $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(APPEND_ONLY);
    await q.query(`DROP TABLE "retention_run_deviation"`);
    await q.query(`DROP TABLE "retention_run"`);
  }
}
