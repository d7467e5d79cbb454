import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { DeviationStatus } from './deviation-workflow-rules';

/** Who moved a deviation from one status to the next, and when. */
@Entity({ name: 'deviation_transition' })
@Index('deviation_transition_deviation_idx', ['deviationId'])
export class DeviationTransition {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'deviation_transition_pkey' })
  id!: string;

  @Column({ name: 'deviation_id', type: 'uuid' })
  deviationId!: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: DeviationStatus | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: DeviationStatus;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
