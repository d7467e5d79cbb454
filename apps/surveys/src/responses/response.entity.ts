import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import { registerStringEnum } from '@kvalitetsnav/service-kit';

export const GENDERS = ['WOMAN', 'MAN', 'NOT_STATED'] as const;
export type Gender = (typeof GENDERS)[number];
export const GenderEnum = registerStringEnum(GENDERS, 'Gender');

export const RESPONSE_SOURCES = ['API', 'WEB', 'IMPORT'] as const;
export type ResponseSource = (typeof RESPONSE_SOURCES)[number];

/** One anonymous answer sheet: nobody's identity is stored, only unit and gender. */
@Entity({ name: 'survey_response' })
@Index('survey_response_round_unit_idx', ['roundId', 'unitId'])
export class SurveyResponse {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'survey_response_pkey' })
  id!: string;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ type: 'text' })
  gender!: Gender;

  @Column({ type: 'text' })
  source!: ResponseSource;

  /** Question id → option code, or null for a question left unanswered. */
  @Column({ type: 'jsonb' })
  answers!: Record<string, string | null>;

  @CreateDateColumn({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
