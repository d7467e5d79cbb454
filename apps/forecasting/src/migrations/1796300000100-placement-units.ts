import { MigrationInterface, QueryRunner } from 'typeorm';

export class PlacementUnits1796300000100 implements MigrationInterface {
  name = 'PlacementUnits1796300000100';

  // Reports from before name no unit: they stay the administration's own figures for a month and form.
  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "placement_report" ADD "unit_id" uuid`);
    await q.query(`ALTER TABLE "placement_report" ADD "provider_id" uuid`);
    await q.query(`ALTER TABLE "placement_report" DROP CONSTRAINT "placement_report_month_form_key"`);
    // One report per month, form and unit, and one without a unit: NULLS NOT DISTINCT makes "no unit" one key.
    await q.query(
      `CREATE UNIQUE INDEX "placement_report_month_form_unit_key" ON "placement_report" ("month", "form", "unit_id") NULLS NOT DISTINCT`,
    );
    await q.query(`CREATE INDEX "placement_report_provider_month_idx" ON "placement_report" ("provider_id", "month")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "placement_report_provider_month_idx"`);
    await q.query(`DROP INDEX "placement_report_month_form_unit_key"`);
    await q.query(`DELETE FROM "placement_report" WHERE "unit_id" IS NOT NULL`);
    await q.query(
      `ALTER TABLE "placement_report" ADD CONSTRAINT "placement_report_month_form_key" UNIQUE ("month", "form")`,
    );
    await q.query(`ALTER TABLE "placement_report" DROP COLUMN "provider_id"`);
    await q.query(`ALTER TABLE "placement_report" DROP COLUMN "unit_id"`);
  }
}
