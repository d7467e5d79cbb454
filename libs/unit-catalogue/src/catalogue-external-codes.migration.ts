import { MigrationInterface, QueryRunner } from 'typeorm';

/** Units' codes in other systems reach the catalogue, so imports find units by them. */
export class UnitCatalogueExternalCodes1796700000150 implements MigrationInterface {
  name = 'UnitCatalogueExternalCodes1796700000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "unit_ref" ADD "external_codes" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "unit_ref" DROP "external_codes"`);
  }
}
