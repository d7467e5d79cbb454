import { MigrationInterface, QueryRunner } from 'typeorm';

export class UnitCatalogue1732400000050 implements MigrationInterface {
  name = 'UnitCatalogue1732400000050';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "provider_ref" (
      "id" uuid NOT NULL,
      "name" text NOT NULL,
      "ownership" text NOT NULL,
      "version" integer NOT NULL,
      CONSTRAINT "provider_ref_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE TABLE "unit_ref" (
      "id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "name" text NOT NULL,
      "service_area" text NOT NULL,
      "places" integer,
      "version" integer NOT NULL,
      CONSTRAINT "unit_ref_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "unit_ref_provider_id_idx" ON "unit_ref" ("provider_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "unit_ref"`);
    await q.query(`DROP TABLE "provider_ref"`);
  }
}
