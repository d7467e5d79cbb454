import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { JobTitleCount } from './provider-reports.models';

const numeric = { from: (v: string | null) => (v === null ? null : Number(v)), to: (v: number | null) => v };

/** One version of a unit's staffing report for a half-year (bemanningsuppföljning). */
@ObjectType({ description: "A version of a unit's staffing report for a half-year." })
@Entity({ name: 'staffing_report' })
@Unique('staffing_report_unit_period_version_key', ['unitId', 'year', 'half', 'version'])
@Index('staffing_report_provider_period_idx', ['providerId', 'year', 'half'])
export class StaffingReport {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'staffing_report_pkey' })
  id!: string;

  @Field(() => ID)
  @Column({ name: 'unit_id', type: 'uuid' })
  unitId!: string;

  @Field(() => ID)
  @Column({ name: 'provider_id', type: 'uuid' })
  providerId!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Int, { description: '1 for January–June, 2 for July–December.' })
  @Column({ type: 'int' })
  half!: 1 | 2;

  @Field(() => Int)
  @Column({ type: 'int' })
  version!: number;

  @Field(() => Int)
  @Column({ type: 'int' })
  managers!: number;

  @Field(() => Int, { description: 'Staff with permanent employment (tillsvidare).' })
  @Column({ type: 'int' })
  permanent!: number;

  @Field(() => Int, { description: 'Staff with fixed-term employment (visstid).' })
  @Column({ type: 'int' })
  temporary!: number;

  @Field(() => Int, { description: 'Staff employed by the hour (timavlönade).' })
  @Column({ type: 'int' })
  hourly!: number;

  @Field(() => [JobTitleCount])
  @Column({ name: 'job_titles', type: 'jsonb' })
  jobTitles!: JobTitleCount[];

  @Field(() => Float)
  @Column({ name: 'sick_leave_percent', type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  sickLeavePercent!: number;

  @Field(() => Float)
  @Column({ name: 'staff_turnover_percent', type: 'numeric', precision: 5, scale: 2, transformer: numeric })
  staffTurnoverPercent!: number;

  @Field()
  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Field()
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
