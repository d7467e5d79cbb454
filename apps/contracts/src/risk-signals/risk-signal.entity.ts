import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { SignalKind } from '../planning/risk-rules';

/** A signal about a unit received from another service: a deviation, complaint or survey result. */
@Entity({ name: 'risk_signal' })
@Index('risk_signal_unit_occurred_idx', ['unitId', 'occurredOn'])
export class RiskSignal {
  /** The source and its id, e.g. `deviation:<uuid>`: a later version of one source replaces the earlier. */
  @PrimaryColumn('text', { name: 'source_key', primaryKeyConstraintName: 'risk_signal_pkey' })
  sourceKey!: string;

  @Column({ type: 'text' })
  kind!: SignalKind;

  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ type: 'double precision', nullable: true })
  value!: number | null;

  @Column({ type: 'int' })
  version!: number;

  @Column({ name: 'received_at', type: 'timestamptz', default: () => 'now()' })
  receivedAt!: Date;
}
