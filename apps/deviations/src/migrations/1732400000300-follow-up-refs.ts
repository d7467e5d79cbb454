import { MigrationInterface, QueryRunner } from 'typeorm';

export class FollowUpRefs1732400000300 implements MigrationInterface {
  name = 'FollowUpRefs1732400000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "follow_up_ref" (
      "id" uuid NOT NULL,
      "contract_id" uuid,
      "provider_id" uuid,
      "type" text NOT NULL,
      "status" text NOT NULL,
      "version" integer NOT NULL,
      CONSTRAINT "follow_up_ref_pkey" PRIMARY KEY ("id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "follow_up_ref"`);
  }
}
