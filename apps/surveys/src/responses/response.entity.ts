import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';
import type { Gender, ResponseSource } from './answer-sheet-rules';

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
