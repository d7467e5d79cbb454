import { MigrationInterface, QueryRunner } from 'typeorm';

/** Large files imported as streams: each a job with its progress, its good rows staged until all are known good. */
export class DeviationImportJobs1796700000350 implements MigrationInterface {
  name = 'DeviationImportJobs1796700000350';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deviation_import_job" (
      "id" uuid NOT NULL,
      "source" text,
      "dry_run" boolean NOT NULL,
      "status" text NOT NULL,
      "requested_by" text NOT NULL,
      "bytes_total" integer,
      "bytes_read" integer NOT NULL DEFAULT 0,
      "rows_read" integer NOT NULL DEFAULT 0,
      "rows_done" integer NOT NULL DEFAULT 0,
      "created" integer NOT NULL DEFAULT 0,
      "changed" integer NOT NULL DEFAULT 0,
      "unchanged" integer NOT NULL DEFAULT 0,
      "error_count" integer NOT NULL DEFAULT 0,
      "errors" jsonb NOT NULL DEFAULT '[]',
      "preview" jsonb NOT NULL DEFAULT '[]',
      "started_at" timestamptz NOT NULL,
      "finished_at" timestamptz,
      CONSTRAINT "deviation_import_job_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "deviation_import_job_requested_by_idx" ON "deviation_import_job" ("requested_by")`);
    // Unlogged: staged rows are a file in transit, rebuilt by sending it again, not data to keep.
    await q.query(`CREATE UNLOGGED TABLE "deviation_import_staged_row" (
      "job_id" uuid NOT NULL,
      "line" integer NOT NULL,
      "row" jsonb NOT NULL,
      CONSTRAINT "deviation_import_staged_row_pkey" PRIMARY KEY ("job_id", "line")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "deviation_import_staged_row"`);
    await q.query(`DROP TABLE "deviation_import_job"`);
  }
}
