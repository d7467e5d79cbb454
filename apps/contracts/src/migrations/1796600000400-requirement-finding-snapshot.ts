import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A finding keeps the requirement as it was judged. Existing findings were judged against the
 * requirement as it is now (edits so far changed them in place), so they take its current values.
 */
export class RequirementFindingSnapshot1796600000400 implements MigrationInterface {
  name = 'RequirementFindingSnapshot1796600000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "requirement_finding"
      ADD "judged_label" text,
      ADD "judged_comparison" text,
      ADD "judged_target" double precision,
      ADD "judged_measure_unit" text,
      ADD "judged_version" integer`);
    await q.query(`UPDATE "requirement_finding" f SET
      "judged_label" = r."label",
      "judged_comparison" = r."comparison",
      "judged_target" = r."target",
      "judged_measure_unit" = r."measure_unit",
      "judged_version" = r."version"
      FROM "contract_requirement" r WHERE r."id" = f."requirement_id"`);
    await q.query(`ALTER TABLE "requirement_finding"
      ALTER "judged_label" SET NOT NULL,
      ALTER "judged_comparison" SET NOT NULL,
      ALTER "judged_target" SET NOT NULL,
      ALTER "judged_version" SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "requirement_finding"
      DROP "judged_label",
      DROP "judged_comparison",
      DROP "judged_target",
      DROP "judged_measure_unit",
      DROP "judged_version"`);
  }
}
