import { MigrationInterface, QueryRunner } from 'typeorm';

export class SupervisionCases1796400000200 implements MigrationInterface {
  name = 'SupervisionCases1796400000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "supervision_case" (
      "id" uuid NOT NULL,
      "authority" text NOT NULL,
      "case_number" text NOT NULL,
      "provider_id" uuid,
      "unit_id" uuid,
      "examined" text NOT NULL,
      "opened_on" date NOT NULL,
      "decision" text,
      "decided_on" date,
      "decision_text" text,
      "responses" jsonb NOT NULL,
      "closed_on" date,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "supervision_case_authority_case_number_key" UNIQUE ("authority", "case_number"),
      CONSTRAINT "supervision_case_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "supervision_case_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      CONSTRAINT "supervision_case_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    )`);
    await q.query(`CREATE INDEX "supervision_case_provider_id_idx" ON "supervision_case" ("provider_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "supervision_case"`);
  }
}
