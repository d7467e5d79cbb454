import { Entity, PrimaryColumn } from 'typeorm';

/** A week a provider answered the pulse, kept from `surveys.pulse-answer.v1`, so it is not reminded. */
@Entity({ name: 'pulse_answered' })
export class PulseAnswered {
  @PrimaryColumn('uuid', { name: 'provider_id', primaryKeyConstraintName: 'pulse_answered_pkey' })
  providerId!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'pulse_answered_pkey' })
  week!: string;
}
