import { MigrationInterface, QueryRunner } from 'typeorm';
import { SEEDED_AREA_ENTRIES } from './service-area-list';

/**
 * The copy of the service-area list starts as the list contracts starts with (version 1), so
 * figures group by sector before any event arrives; contracts' changes then come as version 2 on.
 */
export class UnitCatalogueServiceAreas1796600000150 implements MigrationInterface {
  name = 'UnitCatalogueServiceAreas1796600000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "service_area_ref" (
      "code" text NOT NULL,
      "name" text NOT NULL,
      "sector_code" text NOT NULL,
      "sector_name" text NOT NULL,
      "position" integer NOT NULL,
      "sector_position" integer NOT NULL,
      "version" integer NOT NULL,
      CONSTRAINT "service_area_ref_pkey" PRIMARY KEY ("code")
    )`);
    for (const a of SEEDED_AREA_ENTRIES)
      await q.query(
        `INSERT INTO "service_area_ref" ("code", "name", "sector_code", "sector_name", "position", "sector_position", "version")
         VALUES ($1, $2, $3, $4, $5, $6, 1)`,
        [a.code, a.name, a.sectorCode, a.sectorName, a.position, a.sectorPosition],
      );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "service_area_ref"`);
  }
}
