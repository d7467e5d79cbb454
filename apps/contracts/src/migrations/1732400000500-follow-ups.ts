import { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUps1732400000500 implements MigrationInterface {
  name = 'FollowUps1732400000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "risk_signal" (
      "source_key" text NOT NULL,
      "kind" text NOT NULL,
      "unit_id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "occurred_on" date NOT NULL,
      "value" double precision,
      "version" integer NOT NULL,
      "received_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "risk_signal_pkey" PRIMARY KEY ("source_key")
    )`);
    await q.query(`CREATE INDEX "risk_signal_unit_occurred_idx" ON "risk_signal" ("unit_id", "occurred_on")`);
    await q.query(`CREATE TABLE "case_flow_month" (
      "unit_id" uuid NOT NULL,
      "month" text NOT NULL,
      CONSTRAINT "case_flow_month_pkey" PRIMARY KEY ("unit_id", "month")
    )`);
    await q.query(`CREATE TABLE "follow_up_plan" (
      "id" uuid NOT NULL,
      "year" integer NOT NULL,
      "focus_areas" jsonb NOT NULL,
      "target_first_half" integer NOT NULL,
      "target_second_half" integer NOT NULL,
      "decided_by" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "follow_up_plan_year_key" UNIQUE ("year"),
      CONSTRAINT "follow_up_plan_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE TABLE "follow_up_selection" (
      "id" uuid NOT NULL,
      "plan_id" uuid NOT NULL,
      "half" integer NOT NULL,
      "count" integer NOT NULL,
      "seed" text NOT NULL,
      "as_of" date NOT NULL,
      "ordered_contract_ids" jsonb NOT NULL,
      "result" jsonb NOT NULL,
      "created_by" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "follow_up_selection_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "follow_up_selection_plan_idx" ON "follow_up_selection" ("plan_id", "half")`);
    await q.query(
      `ALTER TABLE "follow_up_selection" ADD CONSTRAINT "follow_up_selection_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "follow_up_plan"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE TABLE "follow_up" (
      "id" uuid NOT NULL,
      "type" text NOT NULL,
      "status" text NOT NULL,
      "title" text NOT NULL,
      "purpose" text,
      "contract_id" uuid,
      "provider_id" uuid,
      "selection_id" uuid,
      "selection_third" text,
      "planned_on" date NOT NULL,
      "responsible" text,
      "assistant" text,
      "methods" jsonb NOT NULL,
      "checklist" jsonb NOT NULL,
      "findings" text,
      "decision_needed" boolean NOT NULL DEFAULT false,
      "reported_on" date,
      "board_meeting_on" date,
      "published_on" date,
      "closed_on" date,
      "cancellation_reason" text,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "follow_up_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "follow_up_contract_idx" ON "follow_up" ("contract_id")`);
    await q.query(`CREATE INDEX "follow_up_planned_on_idx" ON "follow_up" ("planned_on")`);
    await q.query(
      `ALTER TABLE "follow_up" ADD CONSTRAINT "follow_up_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE TABLE "follow_up_action" (
      "id" uuid NOT NULL,
      "follow_up_id" uuid NOT NULL,
      "description" text NOT NULL,
      "deadline" date NOT NULL,
      "status" text NOT NULL,
      "action_plan" text,
      "completed_on" date,
      "recheck_note" text,
      "verified_on" date,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "follow_up_action_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "follow_up_action_follow_up_idx" ON "follow_up_action" ("follow_up_id")`);
    await q.query(`CREATE INDEX "follow_up_action_deadline_idx" ON "follow_up_action" ("deadline")`);
    await q.query(
      `ALTER TABLE "follow_up_action" ADD CONSTRAINT "follow_up_action_follow_up_id_fkey" FOREIGN KEY ("follow_up_id") REFERENCES "follow_up"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "follow_up_action"`);
    await q.query(`DROP TABLE "follow_up"`);
    await q.query(`DROP TABLE "follow_up_selection"`);
    await q.query(`DROP TABLE "follow_up_plan"`);
    await q.query(`DROP TABLE "case_flow_month"`);
    await q.query(`DROP TABLE "risk_signal"`);
  }
}
