import { MigrationInterface, QueryRunner } from 'typeorm';

/** The root causes named in seed 004 (Strängnäs 2022), and a few every service sees. */
const ROOT_CAUSES: [string, string, string][] = [
  [
    '6f0c2a4e-1b1a-4c36-9a51-000000000001',
    'NO_SUPERVISION_OUTSIDE_OFFICE_HOURS',
    'Avsaknad av arbetsledning på icke kontorstid',
  ],
  ['6f0c2a4e-1b1a-4c36-9a51-000000000002', 'STAFFING', 'Personalbemanning'],
  [
    '6f0c2a4e-1b1a-4c36-9a51-000000000003',
    'UNCLEAR_RESPONSIBILITIES',
    'Otydlig organisationsstruktur och otydligt ansvar',
  ],
  ['6f0c2a4e-1b1a-4c36-9a51-000000000004', 'IMPLEMENTATION_PLAN_NOT_FOLLOWED', 'Genomförandeplanen följs inte'],
  ['6f0c2a4e-1b1a-4c36-9a51-000000000005', 'GUIDELINES_NOT_FOLLOWED', 'Styrande och stödjande dokument följs inte'],
  ['6f0c2a4e-1b1a-4c36-9a51-000000000006', 'COMMUNICATION', 'Brister i kommunikation och samverkan'],
  ['6f0c2a4e-1b1a-4c36-9a51-000000000007', 'COMPETENCE', 'Brister i kompetens eller introduktion'],
  ['6f0c2a4e-1b1a-4c36-9a51-000000000008', 'DOCUMENTATION', 'Brister i dokumentation'],
];

export class DeviationHandling1732400000200 implements MigrationInterface {
  name = 'DeviationHandling1732400000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "deviation"
      ADD "reported_on" date,
      ADD "investigation_started_on" date,
      ADD "actions_registered_on" date,
      ADD "actions" text,
      ADD "final_assessed_on" date,
      ADD "final_assessment" text,
      ADD "closed_on" date,
      ADD "seriousness" text,
      ADD "ivo_reported_on" date,
      ADD "ivo_reference" text,
      ADD "complainant" text,
      ADD "complaint_category" text,
      ADD "redactions" integer NOT NULL DEFAULT 0,
      ADD "follow_up_id" uuid`);
    await q.query(`UPDATE "deviation" SET "reported_on" = ("reported_at" AT TIME ZONE 'Europe/Stockholm')::date`);
    await q.query(`ALTER TABLE "deviation" ALTER COLUMN "reported_on" SET NOT NULL`);
    await q.query(`CREATE INDEX "deviation_provider_reported_idx" ON "deviation" ("provider_id", "reported_on")`);
    await q.query(`CREATE INDEX "deviation_reported_on_idx" ON "deviation" ("reported_on")`);
    await q.query(`CREATE TABLE "deviation_protected_text" (
      "deviation_id" uuid NOT NULL,
      "original" text NOT NULL,
      CONSTRAINT "deviation_protected_text_pkey" PRIMARY KEY ("deviation_id")
    )`);
    await q.query(`CREATE TABLE "deviation_transition" (
      "id" BIGSERIAL NOT NULL,
      "deviation_id" uuid NOT NULL,
      "from_status" text,
      "to_status" text NOT NULL,
      "changed_by" text NOT NULL,
      "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "deviation_transition_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "deviation_transition_deviation_idx" ON "deviation_transition" ("deviation_id")`);
    await q.query(`CREATE TABLE "root_cause" (
      "id" uuid NOT NULL,
      "code" text NOT NULL,
      "label" text NOT NULL,
      "active" boolean NOT NULL DEFAULT true,
      CONSTRAINT "root_cause_code_key" UNIQUE ("code"),
      CONSTRAINT "root_cause_pkey" PRIMARY KEY ("id")
    )`);
    for (const [id, code, label] of ROOT_CAUSES) {
      await q.query(`INSERT INTO "root_cause" (id, code, label) VALUES ($1, $2, $3)`, [id, code, label]);
    }
    await q.query(`CREATE TABLE "deviation_root_cause" (
      "deviation_id" uuid NOT NULL,
      "root_cause_id" uuid NOT NULL,
      CONSTRAINT "deviation_root_cause_pkey" PRIMARY KEY ("deviation_id", "root_cause_id")
    )`);
    await q.query(`CREATE TABLE "improvement" (
      "id" uuid NOT NULL,
      "title" text NOT NULL,
      "unit_id" uuid,
      "provider_id" uuid,
      "phase" text NOT NULL,
      "plan" text NOT NULL,
      "do_notes" text,
      "study_result" text,
      "study_notes" text,
      "act_decision" text,
      "act_notes" text,
      "study_due_on" date,
      "deviation_ids" jsonb NOT NULL,
      "created_by" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "improvement_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE TABLE "decision_not_executed" (
      "id" uuid NOT NULL,
      "service_area" text NOT NULL,
      "intervention" text NOT NULL,
      "decided_on" date NOT NULL,
      "reason" text NOT NULL,
      "executed_on" date,
      "unit_id" uuid,
      "registered_by" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "decision_not_executed_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "decision_not_executed_decided_idx" ON "decision_not_executed" ("decided_on")`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'decision_not_executed',
      'improvement',
      'deviation_root_cause',
      'root_cause',
      'deviation_transition',
      'deviation_protected_text',
    ]) {
      await q.query(`DROP TABLE "${table}"`);
    }
    await q.query(`DROP INDEX "deviation_reported_on_idx"`);
    await q.query(`DROP INDEX "deviation_provider_reported_idx"`);
    for (const column of [
      'reported_on',
      'investigation_started_on',
      'actions_registered_on',
      'actions',
      'final_assessed_on',
      'final_assessment',
      'closed_on',
      'seriousness',
      'ivo_reported_on',
      'ivo_reference',
      'complainant',
      'complaint_category',
      'redactions',
      'follow_up_id',
    ]) {
      await q.query(`ALTER TABLE "deviation" DROP COLUMN "${column}"`);
    }
  }
}
