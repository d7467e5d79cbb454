import { MigrationInterface, QueryRunner } from 'typeorm';

export class ProviderContacts1796200000100 implements MigrationInterface {
  name = 'ProviderContacts1796200000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "provider_contact" (
      "id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "name" text NOT NULL,
      "email" text NOT NULL,
      "topics" text array NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "provider_contact_provider_email_key" UNIQUE ("provider_id", "email"),
      CONSTRAINT "provider_contact_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "provider_contact_provider_id_fkey" FOREIGN KEY ("provider_id") REFERENCES "provider"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    )`);
    await q.query(`CREATE INDEX "provider_contact_provider_id_idx" ON "provider_contact" ("provider_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "provider_contact"`);
  }
}
