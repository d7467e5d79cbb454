import { MigrationInterface, QueryRunner } from 'typeorm';

/** The outbox and inbox tables every service database carries; listed in each service's migrations. */
export class MessagingTables1732400000000 implements MigrationInterface {
  name = 'MessagingTables1732400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "outbox" (
      "id" BIGSERIAL PRIMARY KEY,
      "event_id" uuid NOT NULL CONSTRAINT "outbox_event_id_key" UNIQUE,
      "topic" text NOT NULL,
      "message_key" text NOT NULL,
      "envelope" jsonb NOT NULL,
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "sent_at" timestamptz,
      "attempts" integer NOT NULL DEFAULT 0,
      "last_error" text
    )`);
    await q.query(`CREATE INDEX "outbox_unsent_idx" ON "outbox" ("id") WHERE sent_at IS NULL`);
    await q.query(`CREATE TABLE "inbox" (
      "event_id" uuid NOT NULL,
      "consumer_group" text NOT NULL,
      "topic" text NOT NULL,
      "handled_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "inbox_pkey" PRIMARY KEY ("event_id", "consumer_group")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "inbox"`);
    await q.query(`DROP TABLE "outbox"`);
  }
}
