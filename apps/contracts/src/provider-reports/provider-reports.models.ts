import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PROVIDER_REPORT_KINDS } from '@kvalitetsnav/events';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { Unit } from '../units/unit.entity';

export const ProviderReportKindEnum = registerStringEnum(
  PROVIDER_REPORT_KINDS,
  'ProviderReportKind',
  'BUSINESS (yearly) or STAFFING (per half-year).',
);

/** The sections of the business report template (verksamhetsberättelse). */
export const BUSINESS_REPORT_SECTIONS = [
  'SUMMARY',
  'GOALS_AND_RESULTS',
  'USER_PARTICIPATION',
  'STAFF_AND_COMPETENCE',
  'QUALITY_WORK',
  'DEVIATIONS_AND_COMPLAINTS',
  'IMPROVEMENTS',
] as const;
export type BusinessReportSection = (typeof BUSINESS_REPORT_SECTIONS)[number];
export const BusinessReportSectionEnum = registerStringEnum(
  BUSINESS_REPORT_SECTIONS,
  'BusinessReportSection',
  'A section of the business report template.',
);

@ObjectType()
export class BusinessReportSectionText {
  @Field(() => BusinessReportSectionEnum)
  section!: BusinessReportSection;

  @Field()
  text!: string;
}

@ObjectType({ description: 'The figures of the business report template; absent where the provider gave none.' })
export class BusinessReportFigures {
  @Field(() => Int, { nullable: true, description: 'People served during the year.' })
  usersServed?: number | null;

  @Field(() => Int, { nullable: true })
  placesAvailable?: number | null;

  @Field(() => Int, { nullable: true })
  complaintsReceived?: number | null;

  @Field(() => Int, { nullable: true })
  deviationsReported?: number | null;

  @Field(() => Int, { nullable: true })
  lexSarahReports?: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of staff with the qualification the contract requires, in percent.',
  })
  qualifiedStaffPercent?: number | null;
}

@ObjectType()
export class JobTitleCount {
  @Field()
  title!: string;

  @Field(() => Int)
  headcount!: number;
}

export const REPORT_STATES = ['SUBMITTED', 'SUBMITTED_LATE', 'DUE', 'OVERDUE'] as const;
export const ReportStateEnum = registerStringEnum(
  REPORT_STATES,
  'ReportState',
  'SUBMITTED (by the due date), SUBMITTED_LATE, DUE (not yet, the date not passed) or OVERDUE.',
);

@ObjectType({ description: "A unit's report for a period: when it is due and where it stands." })
export class ReportDue {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => ProviderReportKindEnum)
  kind!: 'BUSINESS' | 'STAFFING';

  @Field(() => Int)
  year!: number;

  @Field(() => Int, { nullable: true, description: 'The half-year (1 or 2) of a staffing report.' })
  half!: number | null;

  @Field({ description: 'The last day to submit it (YYYY-MM-DD).' })
  dueOn!: string;

  @Field(() => ReportStateEnum, { description: 'Judged by the first version: a resubmission does not make it late.' })
  state!: (typeof REPORT_STATES)[number];

  @Field(() => Int, { nullable: true, description: 'The newest version, when one came.' })
  latestVersion!: number | null;

  @Field(() => String, { nullable: true, description: 'The date the newest version came (YYYY-MM-DD).' })
  lastSubmittedOn!: string | null;
}
