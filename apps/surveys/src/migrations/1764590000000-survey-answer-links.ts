import { MigrationInterface, QueryRunner } from 'typeorm';

export class SurveyAnswerLinks1764590000000 implements MigrationInterface {
  name = 'SurveyAnswerLinks1764590000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "survey_answer_link" (
      "round_id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      "code" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "survey_answer_link_code_key" UNIQUE ("code"),
      CONSTRAINT "survey_answer_link_pkey" PRIMARY KEY ("round_id", "unit_id")
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "survey_answer_link"`);
  }
}
