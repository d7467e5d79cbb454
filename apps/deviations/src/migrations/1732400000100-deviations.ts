import { MigrationInterface, QueryRunner } from 'typeorm';

export class Deviations1732400000100 implements MigrationInterface {
  name = 'Deviations1732400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deviation" (
      "id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "service_area" text NOT NULL,
      "kind" text NOT NULL,
      "status" text NOT NULL,
      "occurred_on" date NOT NULL,
      "description" text NOT NULL,
      "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "reported_by" text NOT NULL,
      "version" integer NOT NULL,
      CONSTRAINT "deviation_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "deviation_unit_id_idx" ON "deviation" ("unit_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "deviation"`);
  }
}
