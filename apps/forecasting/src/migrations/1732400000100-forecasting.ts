import { MigrationInterface, QueryRunner } from 'typeorm';

const REASONS: [string, string][] = [
  ['GOALS_MET', 'Målen med insatsen uppnådda'],
  ['CLIENT_ENDED', 'Avslutad på den enskildes begäran'],
  ['MOVED', 'Flyttat från kommunen'],
  ['OTHER_INTERVENTION', 'Övergått till annan insats'],
  ['PLACEMENT', 'Placerad utanför hemmet'],
  ['OTHER', 'Annan orsak'],
];

export class Forecasting1732400000100 implements MigrationInterface {
  name = 'Forecasting1732400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "case_flow_report" (
      "id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "service" text NOT NULL,
      "month" text NOT NULL,
      "source" text NOT NULL,
      "incoming" integer NOT NULL,
      "outgoing" integer NOT NULL,
      "closed_by_reason" jsonb NOT NULL,
      "version" integer NOT NULL,
      "submitted_by" text NOT NULL,
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "case_flow_report_version_key" UNIQUE ("unit_id", "service", "month", "source", "version"),
      CONSTRAINT "case_flow_report_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "case_flow_report_month_idx" ON "case_flow_report" ("month")`);
    await q.query(`CREATE TABLE "closure_reason" (
      "code" text NOT NULL,
      "label" text NOT NULL,
      "active" boolean NOT NULL DEFAULT true,
      CONSTRAINT "closure_reason_pkey" PRIMARY KEY ("code")
    )`);
    for (const [code, label] of REASONS)
      await q.query(`INSERT INTO "closure_reason" (code, label) VALUES ($1, $2)`, [code, label]);
    await q.query(`CREATE TABLE "placement_report" (
      "id" uuid NOT NULL,
      "month" text NOT NULL,
      "form" text NOT NULL,
      "placed" integer NOT NULL,
      "care_days" integer NOT NULL,
      "cost_sek" numeric(14,2) NOT NULL,
      "ended" integer NOT NULL,
      "ended_duration_days" integer NOT NULL,
      "version" integer NOT NULL,
      CONSTRAINT "placement_report_month_form_key" UNIQUE ("month", "form"),
      CONSTRAINT "placement_report_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE TABLE "population" (
      "region" text NOT NULL,
      "age_band" text NOT NULL,
      "year" integer NOT NULL,
      "count" integer NOT NULL,
      CONSTRAINT "population_pkey" PRIMARY KEY ("region", "age_band", "year")
    )`);
    await q.query(`CREATE TABLE "usage_rate" (
      "service_area" text NOT NULL,
      "age_band" text NOT NULL,
      "rate" double precision NOT NULL,
      CONSTRAINT "usage_rate_pkey" PRIMARY KEY ("service_area", "age_band")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['usage_rate', 'population', 'placement_report', 'closure_reason', 'case_flow_report'])
      await q.query(`DROP TABLE "${table}"`);
  }
}
