import { MigrationInterface, QueryRunner } from 'typeorm';

/** The questions asked before pulses had their own: every existing period keeps asking them. */
const FIXED_QUESTIONS = [
  { key: 'IMPACT', text: 'Påverkan på verksamheten', answerType: 'SCALE' },
  { key: 'STAFFING', text: 'Bemanning', answerType: 'SCALE' },
  { key: 'PROTECTIVE_EQUIPMENT', text: 'Skyddsutrustning', answerType: 'SCALE' },
  { key: 'WORRY', text: 'Oro hos personal och brukare', answerType: 'SCALE' },
];

/**
 * A pulse period carries its own questions (the existing ones get the fixed four); an answer holds
 * a value per question (the existing four scores are carried over); officials' follow-ups of signals.
 */
export class PulseQuestions1796700000200 implements MigrationInterface {
  name = 'PulseQuestions1796700000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pulse_period" ADD "questions" jsonb`);
    await q.query(`UPDATE "pulse_period" SET "questions" = $1::jsonb`, [JSON.stringify(FIXED_QUESTIONS)]);
    await q.query(`ALTER TABLE "pulse_period" ALTER COLUMN "questions" SET NOT NULL`);

    await q.query(`ALTER TABLE "pulse_answer" ADD "question_values" jsonb`);
    await q.query(`UPDATE "pulse_answer" SET "question_values" = jsonb_build_array(
      jsonb_build_object('key', 'IMPACT', 'value', "impact"),
      jsonb_build_object('key', 'STAFFING', 'value', "staffing"),
      jsonb_build_object('key', 'PROTECTIVE_EQUIPMENT', 'value', "protective_equipment"),
      jsonb_build_object('key', 'WORRY', 'value', "worry"))`);
    await q.query(`ALTER TABLE "pulse_answer" ALTER COLUMN "question_values" SET NOT NULL`);
    await q.query(
      `ALTER TABLE "pulse_answer" DROP COLUMN "impact", DROP COLUMN "staffing", DROP COLUMN "protective_equipment", DROP COLUMN "worry"`,
    );

    await q.query(`CREATE TABLE "pulse_follow_up" (
      "id" uuid NOT NULL,
      "provider_id" uuid NOT NULL,
      "week" text NOT NULL,
      "contacted_by" text NOT NULL,
      "contacted_on" date NOT NULL,
      "outcome" text NOT NULL,
      "outcome_text" text NOT NULL,
      "recorded_by" text NOT NULL,
      "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "pulse_follow_up_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE INDEX "pulse_follow_up_provider_week_idx" ON "pulse_follow_up" ("provider_id", "week")`);
  }

  /** Back to the four fixed scores: an answer to other questions gets 1 (no problem) for the ones it lacks. */
  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "pulse_follow_up"`);
    for (const [column, key] of [
      ['impact', 'IMPACT'],
      ['staffing', 'STAFFING'],
      ['protective_equipment', 'PROTECTIVE_EQUIPMENT'],
      ['worry', 'WORRY'],
    ]) {
      await q.query(`ALTER TABLE "pulse_answer" ADD "${column}" integer`);
      await q.query(
        `UPDATE "pulse_answer" SET "${column}" = COALESCE((SELECT (v->>'value')::int FROM jsonb_array_elements("question_values") v WHERE v->>'key' = $1), 1)`,
        [key],
      );
      await q.query(`ALTER TABLE "pulse_answer" ALTER COLUMN "${column}" SET NOT NULL`);
    }
    await q.query(`ALTER TABLE "pulse_answer" DROP COLUMN "question_values"`);
    await q.query(`ALTER TABLE "pulse_period" DROP COLUMN "questions"`);
  }
}
