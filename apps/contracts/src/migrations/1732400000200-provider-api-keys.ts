import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProviderApiKeys1732400000200 implements MigrationInterface {
  name = 'ProviderApiKeys1732400000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "provider_api_key" (
      "id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "name" text NOT NULL,
      "prefix" text NOT NULL,
      "key_hash" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "created_by" text NOT NULL,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      "revoked_by" text,
      CONSTRAINT "provider_api_key_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE UNIQUE INDEX "provider_api_key_prefix_key" ON "provider_api_key" ("prefix")`);
    await q.query(`CREATE INDEX "provider_api_key_provider_id_idx" ON "provider_api_key" ("provider_id")`);
    await q.query(
      `ALTER TABLE "provider_api_key" ADD CONSTRAINT "provider_api_key_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "provider_api_key"`);
  }
}
