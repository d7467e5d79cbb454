import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The share of an age band using a service area (e.g. 0.15 of people 85–89 live in nursing homes). */
@Entity({ name: 'usage_rate' })
export class UsageRate {
  @PrimaryColumn('text', { name: 'service_area', primaryKeyConstraintName: 'usage_rate_pkey' }) serviceArea!: string;
  @PrimaryColumn('text', { name: 'age_band', primaryKeyConstraintName: 'usage_rate_pkey' }) ageBand!: string;
  @Column({ type: 'double precision' }) rate!: number;
}
