import { MigrationInterface, QueryRunner } from 'typeorm';

export class Surveys1732400000100 implements MigrationInterface {
  name = 'Surveys1732400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "survey_definition" (
      "id" uuid NOT NULL,
      "code" text NOT NULL,
      "version" integer NOT NULL,
      "name" text NOT NULL,
      "kind" text NOT NULL,
      "picture_supported" boolean NOT NULL,
      "questions" jsonb NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "survey_definition_code_version_key" UNIQUE ("code", "version"),
      CONSTRAINT "survey_definition_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE TABLE "survey_round" (
      "id" uuid NOT NULL,
      "definition_id" uuid NOT NULL,
      "name" text NOT NULL,
      "period" text NOT NULL,
      "status" text NOT NULL,
      "closed_on" date,
      "min_cell" integer NOT NULL,
      "created_by" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "survey_round_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "survey_round_definition_idx" ON "survey_round" ("definition_id")`);
    await q.query(`CREATE TABLE "round_unit" (
      "round_id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "service_area" text NOT NULL,
      "name" text NOT NULL,
      "offered" integer NOT NULL,
      "opted_out" boolean NOT NULL,
      "opt_out_reason" text,
      CONSTRAINT "round_unit_pkey" PRIMARY KEY ("round_id", "unit_id")
    )`);
    await q.query(`CREATE TABLE "survey_response" (
      "id" uuid NOT NULL,
      "round_id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      "gender" text NOT NULL,
      "source" text NOT NULL,
      "answers" jsonb NOT NULL,
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "survey_response_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "survey_response_round_unit_idx" ON "survey_response" ("round_id", "unit_id")`);
    await q.query(`CREATE TABLE "kolada_value" (
      "kpi" text NOT NULL,
      "municipality" text NOT NULL,
      "period" text NOT NULL,
      "gender" text NOT NULL,
      "value" double precision NOT NULL,
      CONSTRAINT "kolada_value_pkey" PRIMARY KEY ("kpi", "municipality", "period", "gender")
    )`);
    await q.query(`CREATE TABLE "pulse_answer" (
      "id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "week" text NOT NULL,
      "impact" integer NOT NULL,
      "staffing" integer NOT NULL,
      "protective_equipment" integer NOT NULL,
      "worry" integer NOT NULL,
      "comment" text,
      "version" integer NOT NULL,
      "submitted_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "pulse_answer_provider_week_key" UNIQUE ("provider_id", "week"),
      CONSTRAINT "pulse_answer_pkey" PRIMARY KEY ("id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'pulse_answer',
      'kolada_value',
      'survey_response',
      'round_unit',
      'survey_round',
      'survey_definition',
    ])
      await q.query(`DROP TABLE "${table}"`);
  }
}
