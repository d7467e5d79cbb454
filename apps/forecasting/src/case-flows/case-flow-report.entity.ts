import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import type { CaseFlowSource } from './case-flow-rules';
import { CaseFlowSourceEnum, ReasonCount } from './case-flows.models';

/** One version of a month's case flows for a unit and service; a resubmission adds a version. */
@ObjectType({ description: "A month's incoming and outgoing cases for a unit and service." })
@Entity({ name: 'case_flow_report' })
@Unique('case_flow_report_version_key', ['unitId', 'service', 'month', 'source', 'version'])
@Index('case_flow_report_month_idx', ['month'])
export class CaseFlowReport {
  @Field(() => ID) @PrimaryColumn('uuid', { primaryKeyConstraintName: 'case_flow_report_pkey' }) id!: string;
  @Field(() => ID) @Column({ name: 'unit_id', type: 'uuid' }) unitId!: string;
  @Field(() => ID) @Column({ name: 'provider_id', type: 'uuid' }) providerId!: string;
  @Field({ description: 'The service, e.g. FAMILY_SUPPORT or HOUSING_SUPPORT.' })
  @Column({ type: 'text' })
  service!: string;
  @Field({ description: 'YYYY-MM.' }) @Column({ type: 'text' }) month!: string;
  @Field(() => CaseFlowSourceEnum) @Column({ type: 'text' }) source!: CaseFlowSource;
  @Field(() => Int) @Column({ type: 'int' }) incoming!: number;
  @Field(() => Int, { description: 'Cases closed in the month.' }) @Column({ type: 'int' }) outgoing!: number;
  @Field(() => [ReasonCount]) @Column({ name: 'closed_by_reason', type: 'jsonb' }) closedByReason!: ReasonCount[];
  @Field(() => Int) @Column({ type: 'int' }) version!: number;
  @Column({ name: 'submitted_by', type: 'text' }) submittedBy!: string;
  @Field(() => GraphQLISODateTime) @Column({ name: 'submitted_at', type: 'timestamptz' }) submittedAt!: Date;
}
