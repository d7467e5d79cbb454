import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { AnswerFacts } from './thematic-rules';

/** One unit's answers to the guide of a thematic follow-up, saved whole. */
@Entity({ name: 'unit_finding' })
export class UnitFinding {
  @PrimaryColumn('uuid', { name: 'follow_up_id', primaryKeyConstraintName: 'unit_finding_pkey' })
  followUpId!: string;

  @PrimaryColumn('uuid', { name: 'unit_id', primaryKeyConstraintName: 'unit_finding_pkey' })
  unitId!: string;

  @Column({ type: 'jsonb' })
  answers!: AnswerFacts[];

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
