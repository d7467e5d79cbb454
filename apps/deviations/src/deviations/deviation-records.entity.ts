import { Column, Entity, Index, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The unredacted text of a lex Sarah or lex Maria report, kept because the investigation
 * must be documented on the person; readable only by ADMIN and QUALITY_OFFICIAL.
 */
@Entity({ name: 'deviation_protected_text' })
export class DeviationProtectedText {
  @PrimaryColumn('uuid', { name: 'deviation_id', primaryKeyConstraintName: 'deviation_protected_text_pkey' })
  deviationId!: string;

  @Column({ type: 'text' })
  original!: string;
}

/** Who moved a deviation from one status to the next, and when. */
@Entity({ name: 'deviation_transition' })
@Index('deviation_transition_deviation_idx', ['deviationId'])
export class DeviationTransition {
  @PrimaryGeneratedColumn('increment', { type: 'bigint', primaryKeyConstraintName: 'deviation_transition_pkey' })
  id!: string;

  @Column({ name: 'deviation_id', type: 'uuid' })
  deviationId!: string;

  @Column({ name: 'from_status', type: 'text', nullable: true })
  fromStatus!: string | null;

  @Column({ name: 'to_status', type: 'text' })
  toStatus!: string;

  @Column({ name: 'changed_by', type: 'text' })
  changedBy!: string;

  @Column({ name: 'changed_at', type: 'timestamptz' })
  changedAt!: Date;
}
