import { MigrationInterface, QueryRunner } from 'typeorm';

/** The seriousness assessments and IVO reports of a lex Sarah / lex Maria case, with who and when. */
export class DeviationAssessments1732400000400 implements MigrationInterface {
  name = 'DeviationAssessments1732400000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deviation_assessment" (
      "id" BIGSERIAL NOT NULL,
      "deviation_id" uuid NOT NULL,
      "seriousness" text,
      "ivo_reported_on" date,
      "ivo_reference" text,
      "changed_by" text NOT NULL,
      "changed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "deviation_assessment_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "deviation_assessment_deviation_idx" ON "deviation_assessment" ("deviation_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "deviation_assessment"`);
  }
}
