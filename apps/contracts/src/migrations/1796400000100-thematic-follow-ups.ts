import { MigrationInterface, QueryRunner } from 'typeorm';

export class ThematicFollowUps1796400000100 implements MigrationInterface {
  name = 'ThematicFollowUps1796400000100';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "question_guide" (
      "id" uuid NOT NULL,
      "key" text NOT NULL,
      "version" integer NOT NULL,
      "title" text NOT NULL,
      "questions" jsonb NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "question_guide_pkey" PRIMARY KEY ("id")
    )`);
    await q.query(`CREATE UNIQUE INDEX "question_guide_key_version_key" ON "question_guide" ("key", "version")`);
    await q.query(`CREATE TABLE "thematic_scope" (
      "follow_up_id" uuid NOT NULL,
      "guide_id" uuid NOT NULL,
      "scope_kind" text NOT NULL,
      "service_area" text,
      "unit_ids" jsonb NOT NULL,
      CONSTRAINT "thematic_scope_pkey" PRIMARY KEY ("follow_up_id")
    )`);
    await q.query(`CREATE TABLE "unit_finding" (
      "follow_up_id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      "answers" jsonb NOT NULL,
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "unit_finding_pkey" PRIMARY KEY ("follow_up_id", "unit_id")
    )`);
    await q.query(`CREATE TABLE "follow_up_link" (
      "child_id" uuid NOT NULL,
      "parent_id" uuid NOT NULL,
      "unit_id" uuid NOT NULL,
      CONSTRAINT "follow_up_link_pkey" PRIMARY KEY ("child_id")
    )`);
    await q.query(`CREATE INDEX "follow_up_link_parent_idx" ON "follow_up_link" ("parent_id")`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE "follow_up_link"`);
    await q.query(`DROP TABLE "unit_finding"`);
    await q.query(`DROP TABLE "thematic_scope"`);
    await q.query(`DROP TABLE "question_guide"`);
  }
}
