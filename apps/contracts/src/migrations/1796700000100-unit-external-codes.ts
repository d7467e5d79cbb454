import { MigrationInterface, QueryRunner } from 'typeorm';

/** Units carry the codes other systems give them (the case system's unit code, a cost centre). */
export class UnitExternalCodes1796700000100 implements MigrationInterface {
  name = 'UnitExternalCodes1796700000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "unit_external_code" (
      "system" text NOT NULL,
      "code" text NOT NULL,
      "unit_id" uuid NOT NULL,
      CONSTRAINT "unit_external_code_pkey" PRIMARY KEY ("system", "code"),
      CONSTRAINT "unit_external_code_unit_system_key" UNIQUE ("unit_id", "system"),
      CONSTRAINT "unit_external_code_unit_id_fkey" FOREIGN KEY ("unit_id") REFERENCES "unit"("id") ON DELETE CASCADE
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "unit_external_code"`);
  }
}
