import { MigrationInterface, QueryRunner } from 'typeorm';

export class ActionRechecks1796127448234 implements MigrationInterface {
  name = 'ActionRechecks1796127448234';

  // Actions re-checked before this kept only their last note; their history starts empty.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "follow_up_action" ADD "rechecks" jsonb NOT NULL DEFAULT '[]'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "follow_up_action" DROP COLUMN "rechecks"`);
  }
}
