import { MigrationInterface, QueryRunner } from 'typeorm';

export class ContractsAndChangeLog1732400000300 implements MigrationInterface {
  name = 'ContractsAndChangeLog1732400000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "contract" (
      "id" uuid NOT NULL,
      "reference" text NOT NULL,
      "title" text NOT NULL,
      "form" text NOT NULL,
      "provider_id" uuid NOT NULL,
      "start_date" date NOT NULL,
      "end_date" date,
      "terminated_on" date,
      "termination_reason" text,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "contract_reference_key" UNIQUE ("reference"),
      CONSTRAINT "contract_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "contract_provider_id_idx" ON "contract" ("provider_id")`);
    await q.query(
      `ALTER TABLE "contract" ADD CONSTRAINT "contract_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE TABLE "contract_unit" (
      "contract_id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      CONSTRAINT "PK_contract_unit" PRIMARY KEY ("contract_id", "unit_id")
    )`);
    // Index names as TypeORM derives them for the join table, so entities and schema agree.
    await q.query(`CREATE INDEX "IDX_6b7ca784abc8d6a924563a2217" ON "contract_unit" ("contract_id")`);
    await q.query(`CREATE INDEX "IDX_7d6213179283d55ff1362278c3" ON "contract_unit" ("unit_id")`);
    await q.query(
      `ALTER TABLE "contract_unit" ADD CONSTRAINT "contract_unit_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await q.query(
      `ALTER TABLE "contract_unit" ADD CONSTRAINT "contract_unit_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE ON UPDATE CASCADE`,
    );
    await q.query(`CREATE TABLE "change_log" (
      "id" BIGSERIAL NOT NULL,
      "entity_type" text NOT NULL,
      "entity_id" uuid NOT NULL,
      "action" text NOT NULL,
      "changed_by" text NOT NULL,
      "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "changes" jsonb NOT NULL,
      CONSTRAINT "change_log_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "change_log_entity_idx" ON "change_log" ("entity_type", "entity_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "change_log"`);
    await q.query(`DROP TABLE "contract_unit"`);
    await q.query(`DROP TABLE "contract"`);
  }
}
