import { Entity, PrimaryColumn } from 'typeorm';

/** Which root causes apply to a deviation. */
@Entity({ name: 'deviation_root_cause' })
export class DeviationRootCause {
  @PrimaryColumn('uuid', { name: 'deviation_id', primaryKeyConstraintName: 'deviation_root_cause_pkey' })
  deviationId!: string;

  @PrimaryColumn('uuid', { name: 'root_cause_id', primaryKeyConstraintName: 'deviation_root_cause_pkey' })
  rootCauseId!: string;
}
