import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Deviations come from case systems as they export them: each source keeps its mapping of the
 * export's headers and values, and each imported row its external id, so importing a period
 * again updates rather than adds.
 */
export class DeviationImportSources1796700000300 implements MigrationInterface {
  name = 'DeviationImportSources1796700000300';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deviation_import_source" (
      "code" text NOT NULL,
      "name" text NOT NULL,
      "unit_code_system" text NOT NULL,
      "columns" jsonb NOT NULL,
      "values" jsonb NOT NULL,
      "version" integer NOT NULL,
      "updated_at" timestamptz NOT NULL,
      "updated_by" text NOT NULL,
      CONSTRAINT "deviation_import_source_pkey" PRIMARY KEY ("code")
    )`);
    await q.query(`ALTER TABLE "deviation" ADD "import_source" text`);
    await q.query(`ALTER TABLE "deviation" ADD "external_id" text`);
    await q.query(`CREATE UNIQUE INDEX "deviation_import_source_external_id_key"
      ON "deviation" ("import_source", "external_id") WHERE "import_source" IS NOT NULL`);
    await q.query(`CREATE UNIQUE INDEX "deviation_external_id_key"
      ON "deviation" ("external_id") WHERE "import_source" IS NULL AND "external_id" IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX "deviation_external_id_key"`);
    await q.query(`DROP INDEX "deviation_import_source_external_id_key"`);
    await q.query(`ALTER TABLE "deviation" DROP "external_id"`);
    await q.query(`ALTER TABLE "deviation" DROP "import_source"`);
    await q.query(`DROP TABLE "deviation_import_source"`);
  }
}
