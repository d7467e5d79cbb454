import { Entity, Index, PrimaryColumn } from 'typeorm';

/** That an improvement learns from a deviation: the join of improvements and the deviations they came from. */
@Entity({ name: 'improvement_deviation' })
@Index('improvement_deviation_deviation_id_idx', ['deviationId'])
export class ImprovementDeviation {
  @PrimaryColumn('uuid', { name: 'improvement_id', primaryKeyConstraintName: 'improvement_deviation_pkey' })
  improvementId!: string;

  @PrimaryColumn('uuid', { name: 'deviation_id', primaryKeyConstraintName: 'improvement_deviation_pkey' })
  deviationId!: string;
}
