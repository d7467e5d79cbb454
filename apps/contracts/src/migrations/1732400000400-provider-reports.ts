import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProviderReports1732400000400 implements MigrationInterface {
  name = 'ProviderReports1732400000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "business_report" (
      "id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "year" integer NOT NULL,
      "version" integer NOT NULL,
      "sections" jsonb NOT NULL,
      "figures" jsonb NOT NULL,
      "submitted_by" text NOT NULL,
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "business_report_unit_year_version_key" UNIQUE ("unit_id", "year", "version"),
      CONSTRAINT "business_report_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "business_report_provider_year_idx" ON "business_report" ("provider_id", "year")`);
    await q.query(`CREATE TABLE "staffing_report" (
      "id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "year" integer NOT NULL,
      "half" integer NOT NULL,
      "version" integer NOT NULL,
      "managers" integer NOT NULL,
      "permanent" integer NOT NULL,
      "temporary" integer NOT NULL,
      "hourly" integer NOT NULL,
      "job_titles" jsonb NOT NULL,
      "sick_leave_percent" numeric(5,2) NOT NULL,
      "staff_turnover_percent" numeric(5,2) NOT NULL,
      "submitted_by" text NOT NULL,
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "staffing_report_unit_period_version_key" UNIQUE ("unit_id", "year", "half", "version"),
      CONSTRAINT "staffing_report_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(
      `CREATE INDEX "staffing_report_provider_period_idx" ON "staffing_report" ("provider_id", "year", "half")`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "staffing_report"`);
    await q.query(`DROP TABLE "business_report"`);
  }
}
