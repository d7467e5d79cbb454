import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProvidersAndUnits1732400000100 implements MigrationInterface {
  name = 'ProvidersAndUnits1732400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "provider" (
      "id" uuid NOT NULL,
      "name" text NOT NULL,
      "organisation_number" text NOT NULL,
      "ownership" text NOT NULL,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "provider_organisation_number_key" UNIQUE ("organisation_number"),
      CONSTRAINT "provider_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE TABLE "unit" (
      "id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "name" text NOT NULL,
      "service_area" text NOT NULL,
      "places" integer,
      "version" integer NOT NULL DEFAULT 1,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "unit_provider_id_idx" ON "unit" ("provider_id")`);
    await q.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "unit_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "unit"`);
    await q.query(`DROP TABLE "provider"`);
  }
}
