import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A deviation one retention run touched, and what it did to it. */
@Entity({ name: 'retention_run_deviation' })
@Index('retention_run_deviation_deviation_id_idx', ['deviationId'])
export class RetentionRunDeviation {
  @PrimaryColumn('uuid', { name: 'run_id', primaryKeyConstraintName: 'retention_run_deviation_pkey' })
  runId!: string;

  @PrimaryColumn('uuid', { name: 'deviation_id', primaryKeyConstraintName: 'retention_run_deviation_pkey' })
  deviationId!: string;

  @Column({ name: 'original_removed', type: 'boolean' })
  originalRemoved!: boolean;

  @Column({ name: 'free_texts_anonymised', type: 'boolean' })
  freeTextsAnonymised!: boolean;
}
