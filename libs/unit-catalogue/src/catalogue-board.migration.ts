import { MigrationInterface, QueryRunner } from 'typeorm';

/** Units' boards reach the catalogue; copies kept before stay without one until the unit changes. */
export class UnitCatalogueBoard1796500000150 implements MigrationInterface {
  name = 'UnitCatalogueBoard1796500000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "unit_ref" ADD "board_id" uuid`);
    await q.query(`CREATE INDEX "unit_ref_board_id_idx" ON "unit_ref" ("board_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "unit_ref_board_id_idx"`);
    await q.query(`ALTER TABLE "unit_ref" DROP "board_id"`);
  }
}
