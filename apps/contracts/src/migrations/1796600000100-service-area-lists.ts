import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEEDED_SECTORS, SEEDED_SERVICE_AREAS } from '@kvalitetsnav/events';

/**
 * Service areas and sectors become the municipality's own lists, seeded with the values the
 * enum had; units and thematic scopes keep their codes, now checked against the list. The
 * change history names list entries by code, so its entity id is text.
 */
export class ServiceAreaLists1796600000100 implements MigrationInterface {
  name = 'ServiceAreaLists1796600000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "sector" (
      "code" text NOT NULL,
      "name" text NOT NULL,
      "position" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "sector_pkey" PRIMARY KEY ("code"),
      CONSTRAINT "sector_name_key" UNIQUE ("name")
    )`);
    await q.query(`CREATE TABLE "service_area" (
      "code" text NOT NULL,
      "name" text NOT NULL,
      "sector_code" text NOT NULL,
      "position" integer NOT NULL,
      "version" integer NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "service_area_pkey" PRIMARY KEY ("code"),
      CONSTRAINT "service_area_name_key" UNIQUE ("name"),
      CONSTRAINT "service_area_sector_code_fkey" FOREIGN KEY ("sector_code") REFERENCES "sector"("code") ON DELETE RESTRICT
    )`);
    for (const [position, s] of SEEDED_SECTORS.entries())
      await q.query(`INSERT INTO "sector" ("code", "name", "position") VALUES ($1, $2, $3)`, [
        s.code,
        s.name,
        position,
      ]);
    for (const [position, a] of SEEDED_SERVICE_AREAS.entries())
      await q.query(
        `INSERT INTO "service_area" ("code", "name", "sector_code", "position", "version") VALUES ($1, $2, $3, $4, 1)`,
        [a.code, a.name, a.sector, position],
      );
    await q.query(`ALTER TABLE "unit" ADD CONSTRAINT "unit_service_area_fkey"
      FOREIGN KEY ("service_area") REFERENCES "service_area"("code") ON DELETE RESTRICT`);
    await q.query(`ALTER TABLE "thematic_scope" ADD CONSTRAINT "thematic_scope_service_area_fkey"
      FOREIGN KEY ("service_area") REFERENCES "service_area"("code") ON DELETE RESTRICT`);
    await q.query(`ALTER TABLE "change_log" ALTER COLUMN "entity_id" TYPE text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "change_log" WHERE "entity_type" IN ('SECTOR', 'SERVICE_AREA')`);
    await q.query(`ALTER TABLE "change_log" ALTER COLUMN "entity_id" TYPE uuid USING "entity_id"::uuid`);
    await q.query(`ALTER TABLE "thematic_scope" DROP CONSTRAINT "thematic_scope_service_area_fkey"`);
    await q.query(`ALTER TABLE "unit" DROP CONSTRAINT "unit_service_area_fkey"`);
    await q.query(`DROP TABLE "service_area"`);
    await q.query(`DROP TABLE "sector"`);
  }
}
