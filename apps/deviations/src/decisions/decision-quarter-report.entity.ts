import { Column, Entity, PrimaryColumn } from 'typeorm';

/** That a quarter's decisions not executed were reported to IVO: once per quarter, with when and by whom. */
@Entity({ name: 'decision_quarter_report' })
export class DecisionQuarterReport {
  @PrimaryColumn('int', { primaryKeyConstraintName: 'decision_quarter_report_pkey' })
  year!: number;

  @PrimaryColumn('int', { primaryKeyConstraintName: 'decision_quarter_report_pkey' })
  quarter!: number;

  /** How many were reportable when it was reported, since later registrations can change the count. */
  @Column({ name: 'reported_count', type: 'int' })
  reportedCount!: number;

  @Column({ name: 'reported_at', type: 'timestamptz' })
  reportedAt!: Date;

  @Column({ name: 'reported_by', type: 'text' })
  reportedBy!: string;

  @Column({ name: 'reported_by_name', type: 'text' })
  reportedByName!: string;
}
