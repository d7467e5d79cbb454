import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Population per region, age band and year, from Statistics Sweden's tables. */
@Entity({ name: 'population' })
export class Population {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'population_pkey' }) region!: string;
  @PrimaryColumn('text', { name: 'age_band', primaryKeyConstraintName: 'population_pkey' }) ageBand!: string;
  @PrimaryColumn('int', { primaryKeyConstraintName: 'population_pkey' }) year!: number;
  @Column({ type: 'int' }) count!: number;
}

/** The share of an age band using a service area (e.g. 0.15 of people 85–89 live in nursing homes). */
@Entity({ name: 'usage_rate' })
export class UsageRate {
  @PrimaryColumn('text', { name: 'service_area', primaryKeyConstraintName: 'usage_rate_pkey' }) serviceArea!: string;
  @PrimaryColumn('text', { name: 'age_band', primaryKeyConstraintName: 'usage_rate_pkey' }) ageBand!: string;
  @Column({ type: 'double precision' }) rate!: number;
}
