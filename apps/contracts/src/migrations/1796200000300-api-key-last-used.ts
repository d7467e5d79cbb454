import { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeyLastUsed1796200000300 implements MigrationInterface {
  name = 'ApiKeyLastUsed1796200000300';

  // Keys used before this have no record of it: they start as never used.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "provider_api_key" ADD "last_used_at" TIMESTAMP WITH TIME ZONE`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "provider_api_key" DROP COLUMN "last_used_at"`);
  }
}
