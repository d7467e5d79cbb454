import { MigrationInterface, QueryRunner } from 'typeorm';

/** How many people a unit has (placed, living there), beside how many of them were offered the survey. */
export class RoundUnitPlaced1796700000300 implements MigrationInterface {
  name = 'RoundUnitPlaced1796700000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "round_unit" ADD "placed" integer`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "round_unit" DROP COLUMN "placed"`);
  }
}
