import { MigrationInterface, QueryRunner } from 'typeorm';

/** New tables only: existing contracts start without requirements, existing follow-ups without findings. */
export class ContractRequirements1796500000300 implements MigrationInterface {
  name = 'ContractRequirements1796500000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "contract_requirement" (
      "id" uuid NOT NULL,
      "contract_id" uuid NOT NULL,
      "key" text NOT NULL,
      "label" text NOT NULL,
      "kind" text NOT NULL,
      "comparison" text NOT NULL,
      "target" double precision NOT NULL,
      "measure_unit" text,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "contract_requirement_contract_id_key_key" UNIQUE ("contract_id", "key"),
      CONSTRAINT "contract_requirement_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "contract_requirement_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    )`);
    await q.query(`CREATE TABLE "requirement_finding" (
      "follow_up_id" uuid NOT NULL,
      "requirement_id" uuid NOT NULL,
      "measured" double precision,
      "note" text,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "requirement_finding_pkey" PRIMARY KEY ("follow_up_id", "requirement_id"),
      CONSTRAINT "requirement_finding_follow_up_id_fkey" FOREIGN KEY ("follow_up_id") REFERENCES "follow_up"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      CONSTRAINT "requirement_finding_requirement_id_fkey" FOREIGN KEY ("requirement_id") REFERENCES "contract_requirement"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    )`);
    await q.query(`CREATE INDEX "requirement_finding_requirement_id_idx" ON "requirement_finding" ("requirement_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "requirement_finding"`);
    await q.query(`DROP TABLE "contract_requirement"`);
  }
}
