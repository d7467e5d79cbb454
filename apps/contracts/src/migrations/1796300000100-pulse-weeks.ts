import { MigrationInterface, QueryRunner } from 'typeorm';

export class PulseWeeks1796300000100 implements MigrationInterface {
  name = 'PulseWeeks1796300000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "pulse_period_ref" (
      "id" uuid NOT NULL,
      "name" text NOT NULL,
      "from_week" text NOT NULL,
      "to_week" text,
      "version" integer NOT NULL,
      CONSTRAINT "pulse_period_ref_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE TABLE "pulse_answered" (
      "provider_id" uuid NOT NULL,
      "week" text NOT NULL,
      CONSTRAINT "pulse_answered_pkey" PRIMARY KEY ("provider_id", "week")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pulse_answered"`);
    await q.query(`DROP TABLE "pulse_period_ref"`);
  }
}
