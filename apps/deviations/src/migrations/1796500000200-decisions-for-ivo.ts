import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What IVO's quarterly report on decisions not executed asks: the law, the person's gender and an
 * interruption's date; and the quarters reported. Existing decisions get the law of their service
 * area (the LSS areas, or LSS named in the intervention, are LSS; the rest SoL) and an unstated
 * gender, which nobody recorded before.
 */
export class DecisionsForIvo1796500000200 implements MigrationInterface {
  name = 'DecisionsForIvo1796500000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "decision_not_executed" ADD "law" text`);
    await q.query(`UPDATE "decision_not_executed" SET "law" = CASE
      WHEN "service_area" IN ('LSS_GROUP_HOME', 'LSS_SERVICE_HOME', 'DAILY_ACTIVITY', 'PERSONAL_ASSISTANCE')
        OR "intervention" ~* '\\mLSS\\M' THEN 'LSS' ELSE 'SOL' END`);
    await q.query(`ALTER TABLE "decision_not_executed" ALTER COLUMN "law" SET NOT NULL`);
    await q.query(`ALTER TABLE "decision_not_executed" ADD "gender" text`);
    await q.query(`UPDATE "decision_not_executed" SET "gender" = 'NOT_STATED'`);
    await q.query(`ALTER TABLE "decision_not_executed" ALTER COLUMN "gender" SET NOT NULL`);
    await q.query(`ALTER TABLE "decision_not_executed" ADD "interrupted_on" date`);
    await q.query(`CREATE TABLE "decision_quarter_report" (
      "year" integer NOT NULL,
      "quarter" integer NOT NULL,
      "reported_count" integer NOT NULL,
      "reported_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "reported_by" text NOT NULL,
      "reported_by_name" text NOT NULL,
      CONSTRAINT "decision_quarter_report_pkey" PRIMARY KEY ("year", "quarter")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "decision_quarter_report"`);
    for (const column of ['interrupted_on', 'gender', 'law'])
      await q.query(`ALTER TABLE "decision_not_executed" DROP COLUMN "${column}"`);
  }
}
