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

/** A week a provider answered the pulse, kept from `surveys.pulse-answer.v1`, so it is not reminded. */
@Entity({ name: 'pulse_answered' })
export class PulseAnswered {
  @PrimaryColumn('uuid', { name: 'provider_id', primaryKeyConstraintName: 'pulse_answered_pkey' })
  providerId!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pulse_answered_pkey' })
  week!: string;
}
