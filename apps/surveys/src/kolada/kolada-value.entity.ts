import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A KPI value as Kolada publishes it: per KPI, municipality (0000 is the whole country), period and gender. */
@Entity({ name: 'kolada_value' })
export class KoladaValue {
  @PrimaryColumn('text', { primaryKeyConstraintName: 'kolada_value_pkey' })
  kpi!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'kolada_value_pkey' })
  municipality!: string;

  @PrimaryColumn('text', { primaryKeyConstraintName: 'kolada_value_pkey' })
  period!: string;

  /** T total, K women (kvinnor), M men. */
  @PrimaryColumn('text', { primaryKeyConstraintName: 'kolada_value_pkey' })
  gender!: string;

  @Column({ type: 'double precision' })
  value!: number;
}
