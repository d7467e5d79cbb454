import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pulse is answered per unit (boende, gruppbostad), so a signal points at the unit an official
 * calls. Unique becomes (unit, week): a week is in one pulse period at most, so that is also
 * (period, week, unit).
 *
 * Existing answers were the provider's. One is carried over to the provider's unit when the
 * provider has exactly one (the answer can only have been about it); with several or none it stays
 * the provider's, unit null, still one per provider and week: naming one of several units would
 * invent which one it was about, and dropping it would lose an answer. Such an answer stands for
 * all the provider's units that week (pulse-rules' pulseUnitsExpected), and its follow-ups keep
 * naming no unit. Follow-ups of an answer that got a unit name that unit.
 */
export class PulsePerUnit1796900000150 implements MigrationInterface {
  name = 'PulsePerUnit1796900000150';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "pulse_answer" ADD "unit_id" uuid`);
    await q.query(`UPDATE "pulse_answer" a SET "unit_id" = u."id"
      FROM (SELECT "provider_id", min("id"::text)::uuid AS "id" FROM "unit_ref" GROUP BY "provider_id" HAVING count(*) = 1) u
      WHERE a."provider_id" = u."provider_id"`);
    await q.query(`ALTER TABLE "pulse_answer" DROP CONSTRAINT "pulse_answer_provider_week_key"`);
    await q.query(
      `CREATE UNIQUE INDEX "pulse_answer_unit_week_key" ON "pulse_answer" ("unit_id", "week") WHERE "unit_id" IS NOT NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "pulse_answer_provider_week_key" ON "pulse_answer" ("provider_id", "week") WHERE "unit_id" IS NULL`,
    );

    await q.query(`ALTER TABLE "pulse_follow_up" ADD "unit_id" uuid`);
    // Before this migration a provider had one answer a week, so the match is unambiguous.
    await q.query(`UPDATE "pulse_follow_up" f SET "unit_id" = a."unit_id" FROM "pulse_answer" a
      WHERE a."provider_id" = f."provider_id" AND a."week" = f."week" AND a."unit_id" IS NOT NULL`);
  }

  /**
   * Back to one answer per provider and week, which only holds while no provider has answered
   * for two units the same week: rather than lose one of them, going back is refused then.
   */
  async down(q: QueryRunner): Promise<void> {
    const [clash] = await q.query(
      `SELECT "provider_id", "week" FROM "pulse_answer" GROUP BY "provider_id", "week" HAVING count(*) > 1 LIMIT 1`,
    );
    if (clash)
      throw new Error(
        `provider ${clash.provider_id} has answered the pulse for several units in ${clash.week}; going back would lose answers`,
      );
    await q.query(`ALTER TABLE "pulse_follow_up" DROP COLUMN "unit_id"`);
    await q.query(`DROP INDEX "pulse_answer_provider_week_key"`);
    await q.query(`DROP INDEX "pulse_answer_unit_week_key"`);
    await q.query(
      `ALTER TABLE "pulse_answer" ADD CONSTRAINT "pulse_answer_provider_week_key" UNIQUE ("provider_id", "week")`,
    );
    await q.query(`ALTER TABLE "pulse_answer" DROP COLUMN "unit_id"`);
  }
}
