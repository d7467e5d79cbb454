import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What deviations and lex Sarah/Maria reports are about, as seed 004 (Strängnäs 2022) names it:
 * deviations in disability and elderly care are mostly planned interventions not carried out or
 * carried out wrongly, in the authority and individual and family care case handling and
 * documentation; lex Sarah reports are about shortcomings in carrying out, in treatment, in
 * cooperation, theft and the mishandling of documents in the personal file. Medication and falls
 * are the health care deviations (HSL, lex Maria) every service sees.
 */
const CATEGORIES: [string, string, string, string[]][] = [
  [
    '7a1d3b5f-2c2b-4d47-8b62-000000000001',
    'PLANNED_INTERVENTION_NOT_PERFORMED',
    'Planerad insats har inte utförts',
    ['SOL_LSS', 'HSL'],
  ],
  [
    '7a1d3b5f-2c2b-4d47-8b62-000000000002',
    'PLANNED_INTERVENTION_PERFORMED_WRONGLY',
    'Planerad insats har utförts felaktigt',
    ['SOL_LSS', 'HSL'],
  ],
  [
    '7a1d3b5f-2c2b-4d47-8b62-000000000003',
    'HANDLING_AND_DOCUMENTATION',
    'Handläggning och dokumentation',
    ['SOL_LSS', 'HSL', 'LEX_SARAH', 'LEX_MARIA'],
  ],
  ['7a1d3b5f-2c2b-4d47-8b62-000000000004', 'PERFORMANCE', 'Brister i utförande', ['LEX_SARAH', 'LEX_MARIA']],
  ['7a1d3b5f-2c2b-4d47-8b62-000000000005', 'TREATMENT', 'Bemötande', ['SOL_LSS', 'LEX_SARAH']],
  ['7a1d3b5f-2c2b-4d47-8b62-000000000006', 'COOPERATION', 'Samverkan', ['SOL_LSS', 'HSL', 'LEX_SARAH', 'LEX_MARIA']],
  ['7a1d3b5f-2c2b-4d47-8b62-000000000007', 'THEFT', 'Stöld', ['SOL_LSS', 'LEX_SARAH']],
  [
    '7a1d3b5f-2c2b-4d47-8b62-000000000008',
    'PERSONAL_FILE',
    'Felhantering av dokument i personakt',
    ['SOL_LSS', 'LEX_SARAH'],
  ],
  ['7a1d3b5f-2c2b-4d47-8b62-000000000009', 'MEDICATION', 'Läkemedel', ['HSL', 'LEX_MARIA']],
  ['7a1d3b5f-2c2b-4d47-8b62-000000000010', 'FALL', 'Fall', ['HSL', 'LEX_MARIA']],
  ['7a1d3b5f-2c2b-4d47-8b62-000000000011', 'OTHER', 'Annat', ['SOL_LSS', 'HSL', 'LEX_SARAH', 'LEX_MARIA']],
];

export class DeviationCategories1796700000200 implements MigrationInterface {
  name = 'DeviationCategories1796700000200';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE "deviation_category" (
      "id" uuid NOT NULL,
      "code" text NOT NULL,
      "label" text NOT NULL,
      "kinds" text array NOT NULL,
      "active" boolean NOT NULL DEFAULT true,
      CONSTRAINT "deviation_category_code_key" UNIQUE ("code"),
      CONSTRAINT "deviation_category_pkey" PRIMARY KEY ("id")
    )`);
    for (const [id, code, label, kinds] of CATEGORIES)
      await q.query(`INSERT INTO "deviation_category" (id, code, label, kinds) VALUES ($1, $2, $3, $4)`, [
        id,
        code,
        label,
        kinds,
      ]);
    await q.query(`ALTER TABLE "deviation" ADD "category_code" text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "deviation" DROP COLUMN "category_code"`);
    await q.query(`DROP TABLE "deviation_category"`);
  }
}
