import { MigrationInterface, QueryRunner } from 'typeorm';

export class OrderingList1796500000400 implements MigrationInterface {
  name = 'OrderingList1796500000400';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "ordering_list_entry" (
      "contract_id" uuid NOT NULL,
      "position" integer NOT NULL,
      "reason" text NOT NULL,
      "added_by" text NOT NULL,
      "added_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      CONSTRAINT "ordering_list_entry_pkey" PRIMARY KEY ("contract_id"),
      CONSTRAINT "ordering_list_entry_contract_id_fkey" FOREIGN KEY ("contract_id") REFERENCES "contract"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "ordering_list_entry"`);
  }
}
