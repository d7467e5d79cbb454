import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Seriousness } from './deviation-workflow-rules';

/**
 * Who assessed a lex Sarah / lex Maria report's seriousness, or recorded its report to IVO, and
 * when: the case's history besides its status changes, since a seriousness may be reassessed.
 */
@Entity({ name: 'deviation_assessment' })
@Index('deviation_assessment_deviation_idx', ['deviationId'])
export class DeviationAssessment {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'deviation_assessment_pkey' })
  id!: string;

  @Column({ name: 'deviation_id', type: 'uuid' })
  deviationId!: string;

  /** Set when the seriousness was assessed. */
  @Column({ type: 'text', nullable: true })
  seriousness!: Seriousness | null;

  /** Set when the report to IVO was recorded. */
  @Column({ name: 'ivo_reported_on', type: 'date', nullable: true })
  ivoReportedOn!: string | null;

  @Column({ name: 'ivo_reference', type: 'text', nullable: true })
  ivoReference!: string | null;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
