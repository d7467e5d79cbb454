import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';
import { BusinessReportFigures, BusinessReportSectionText } from './provider-reports.models';

/** One version of a unit's yearly business report; a resubmission adds a version. */
@ObjectType({ description: "A version of a unit's yearly business report (verksamhetsberättelse)." })
@Entity({ name: 'business_report' })
@Unique('business_report_unit_year_version_key', ['unitId', 'year', 'version'])
@Index('business_report_provider_year_idx', ['providerId', 'year'])
export class BusinessReport {
  @Field(() => ID)
  @PrimaryColumn('uuid', { primaryKeyConstraintName: 'business_report_pkey' })
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

  @Field(() => Int, { description: '1 for the first submission for the unit and year, then 2, 3, ...' })
  @Column({ type: 'int' })
  version!: number;

  @Field(() => [BusinessReportSectionText])
  @Column({ type: 'jsonb' })
  sections!: BusinessReportSectionText[];

  @Field(() => BusinessReportFigures)
  @Column({ type: 'jsonb' })
  figures!: BusinessReportFigures;

  @Field({ description: 'Who submitted: the API key or user.' })
  @Column({ name: 'submitted_by', type: 'text' })
  submittedBy!: string;

  @Field()
  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt!: Date;
}
