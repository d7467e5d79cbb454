import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Surveys' pulse periods, kept from `surveys.pulse-period.v1`: which weeks providers are asked to answer. */
@Entity({ name: 'pulse_period_ref' })
export class PulsePeriodRef {
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'pulse_period_ref_pkey' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'from_week', type: 'text' })
  fromWeek!: string;

  @Column({ name: 'to_week', type: 'text', nullable: true })
  toWeek!: string | null;

  @Column({ type: 'int' })
  version!: number;
}
