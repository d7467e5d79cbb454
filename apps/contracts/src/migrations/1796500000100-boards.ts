import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Boards (nämnder) and departments; units, contracts and plans may belong to a board. Existing
 * rows stay without one, and every existing plan gets the calendar halves it had as its own
 * periods, with the targets it had.
 */
export class Boards1796500000100 implements MigrationInterface {
  name = 'Boards1796500000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "board" (
      "id" uuid NOT NULL,
      "name" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "board_name_key" UNIQUE ("name"),
      CONSTRAINT "board_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE TABLE "department" (
      "id" uuid NOT NULL,
      "board_id" uuid NOT NULL,
      "name" text NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "department_board_id_name_key" UNIQUE ("board_id", "name"),
      CONSTRAINT "department_pkey" PRIMARY KEY ("id"),
      CONSTRAINT "department_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    )`);
    await q.query(`ALTER TABLE "unit" ADD "board_id" uuid, ADD "department_id" uuid`);
    await q.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "unit_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(
      `ALTER TABLE "unit" ADD CONSTRAINT "unit_department_id_fkey" FOREIGN KEY ("department_id") REFERENCES "department"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await q.query(`CREATE INDEX "unit_board_id_idx" ON "unit" ("board_id")`);
    await q.query(`ALTER TABLE "contract" ADD "board_id" uuid`);
    await q.query(
      `ALTER TABLE "contract" ADD CONSTRAINT "contract_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );

    await q.query(`ALTER TABLE "follow_up_plan" ADD "board_id" uuid, ADD "periods" jsonb`);
    await q.query(`UPDATE "follow_up_plan" SET "periods" = jsonb_build_array(
      jsonb_build_object('startsOn', "year" || '-01-01', 'endsOn', "year" || '-06-30', 'target', "target_first_half"),
      jsonb_build_object('startsOn', "year" || '-07-01', 'endsOn', "year" || '-12-31', 'target', "target_second_half"))`);
    await q.query(
      `ALTER TABLE "follow_up_plan" ALTER "periods" SET NOT NULL, DROP "target_first_half", DROP "target_second_half"`,
    );
    await q.query(`ALTER TABLE "follow_up_plan" DROP CONSTRAINT "follow_up_plan_year_key"`);
    await q.query(
      `CREATE UNIQUE INDEX "follow_up_plan_year_key" ON "follow_up_plan" ("year") WHERE "board_id" IS NULL`,
    );
    await q.query(
      `CREATE UNIQUE INDEX "follow_up_plan_board_id_year_key" ON "follow_up_plan" ("board_id", "year") WHERE "board_id" IS NOT NULL`,
    );
    await q.query(
      `ALTER TABLE "follow_up_plan" ADD CONSTRAINT "follow_up_plan_board_id_fkey" FOREIGN KEY ("board_id") REFERENCES "board"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    // A selection's half was the number of its calendar half, now the plan's period of the same number.
    await q.query(`ALTER TABLE "follow_up_selection" RENAME COLUMN "half" TO "period"`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "follow_up_selection" RENAME COLUMN "period" TO "half"`);
    await q.query(`DELETE FROM "follow_up_plan" WHERE "board_id" IS NOT NULL`);
    await q.query(`ALTER TABLE "follow_up_plan" DROP CONSTRAINT "follow_up_plan_board_id_fkey"`);
    await q.query(`DROP INDEX "follow_up_plan_board_id_year_key"`);
    await q.query(`DROP INDEX "follow_up_plan_year_key"`);
    await q.query(`ALTER TABLE "follow_up_plan" ADD "target_first_half" integer, ADD "target_second_half" integer`);
    await q.query(`UPDATE "follow_up_plan" SET "target_first_half" = COALESCE(("periods"->0->>'target')::int, 0),
      "target_second_half" = COALESCE(("periods"->1->>'target')::int, 0)`);
    await q.query(`ALTER TABLE "follow_up_plan" ALTER "target_first_half" SET NOT NULL,
      ALTER "target_second_half" SET NOT NULL, DROP "periods", DROP "board_id"`);
    await q.query(`ALTER TABLE "follow_up_plan" ADD CONSTRAINT "follow_up_plan_year_key" UNIQUE ("year")`);
    await q.query(`ALTER TABLE "contract" DROP CONSTRAINT "contract_board_id_fkey", DROP "board_id"`);
    await q.query(`DROP INDEX "unit_board_id_idx"`);
    await q.query(
      `ALTER TABLE "unit" DROP CONSTRAINT "unit_department_id_fkey", DROP CONSTRAINT "unit_board_id_fkey", DROP "department_id", DROP "board_id"`,
    );
    await q.query(`DROP TABLE "department"`);
    await q.query(`DROP TABLE "board"`);
  }
}
