import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Improvements name the deviations they came from in a join table (before: a list in the row),
 * and may name the contracts follow-up they came from; the day their ACT phase last completed is
 * kept so they can be counted per period. Improvements finished before it get the day of their
 * last change (for an adapted one in a new cycle that is later than its ACT).
 */
export class ImprovementLinks1796700000500 implements MigrationInterface {
  name = 'ImprovementLinks1796700000500';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "improvement_deviation" (
      "improvement_id" uuid NOT NULL,
      "deviation_id" uuid NOT NULL,
      CONSTRAINT "improvement_deviation_pkey" PRIMARY KEY ("improvement_id", "deviation_id")
    )`);
    await q.query(`CREATE INDEX "improvement_deviation_deviation_id_idx" ON "improvement_deviation" ("deviation_id")`);
    await q.query(`INSERT INTO "improvement_deviation" ("improvement_id", "deviation_id")
      SELECT DISTINCT i."id", d."value"::uuid FROM "improvement" i, jsonb_array_elements_text(i."deviation_ids") d`);
    await q.query(`ALTER TABLE "improvement" DROP COLUMN "deviation_ids"`);
    await q.query(`ALTER TABLE "improvement" ADD "follow_up_id" uuid`);
    await q.query(`ALTER TABLE "improvement" ADD "act_completed_on" date`);
    await q.query(`UPDATE "improvement" SET "act_completed_on" = ("updated_at" AT TIME ZONE 'Europe/Stockholm')::date
      WHERE "act_decision" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "improvement" DROP COLUMN "act_completed_on"`);
    await q.query(`ALTER TABLE "improvement" DROP COLUMN "follow_up_id"`);
    await q.query(`ALTER TABLE "improvement" ADD "deviation_ids" jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`UPDATE "improvement" i SET "deviation_ids" = (
      SELECT coalesce(jsonb_agg(l."deviation_id"), '[]') FROM "improvement_deviation" l WHERE l."improvement_id" = i."id")`);
    await q.query(`ALTER TABLE "improvement" ALTER COLUMN "deviation_ids" DROP DEFAULT`);
    await q.query(`DROP TABLE "improvement_deviation"`);
  }
}
