import { MigrationInterface, QueryRunner } from 'typeorm';

export class Reminders1796200000200 implements MigrationInterface {
  name = 'Reminders1796200000200';

  // (dedupe_key, recipient) is unique: inserting the row is how a run claims a reminder.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "reminder" (
      "id" BIGSERIAL NOT NULL,
      "dedupe_key" text NOT NULL,
      "recipient" text NOT NULL,
      "recipient_name" text,
      "kind" text NOT NULL,
      "provider_id" uuid,
      "subject" text NOT NULL,
      "body" text NOT NULL,
      "state" text NOT NULL,
      "error" text,
      "attempts" integer NOT NULL DEFAULT 0,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "sent_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "reminder_dedupe_key_recipient_key" UNIQUE ("dedupe_key", "recipient"),
      CONSTRAINT "reminder_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "reminder_state_idx" ON "reminder" ("state")`);
    await q.query(`CREATE INDEX "reminder_created_at_idx" ON "reminder" ("created_at")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "reminder"`);
  }
}
