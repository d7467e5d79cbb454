import { MigrationInterface, QueryRunner } from 'typeorm';

export class PulsePeriods1796300000000 implements MigrationInterface {
  name = 'PulsePeriods1796300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "pulse_period" (
      "id" uuid NOT NULL,
      "name" text NOT NULL,
      "from_week" text NOT NULL,
      "to_week" text,
      "opened_by" text NOT NULL,
      "opened_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "ended_by" text,
      "version" integer NOT NULL,
      CONSTRAINT "pulse_period_pkey" PRIMARY KEY ("id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pulse_period"`);
  }
}
