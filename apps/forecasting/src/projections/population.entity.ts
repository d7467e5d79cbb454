import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Population per region, age band and year, from Statistics Sweden's tables. */
@Entity({ name: 'population' })
export class Population {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'population_pkey' }) region!: string;
  @PrimaryColumn('text', { name: 'age_band', primaryKeyConstraintName: 'population_pkey' }) ageBand!: string;
  @PrimaryColumn('int', { primaryKeyConstraintName: 'population_pkey' }) year!: number;
  @Column({ type: 'int' }) count!: number;
}
