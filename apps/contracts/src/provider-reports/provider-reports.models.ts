import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PROVIDER_REPORT_KINDS } from '@kvalitetsnav/events';
import { registerStringEnum } from '@kvalitetsnav/service-kit';

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
