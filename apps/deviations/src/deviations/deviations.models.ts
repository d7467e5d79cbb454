import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { DEVIATION_KINDS } from '@kvalitetsnav/events';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { COMPLAINANTS, COMPLAINT_CATEGORIES } from './deviation-report-rules';
import { DEVIATION_SORT_FIELDS } from './deviation-list-rules';
import { DEVIATION_STATUSES, DeviationStatus, SERIOUSNESS, Seriousness } from './deviation-workflow-rules';

export const DeviationKindEnum = registerStringEnum(
  DEVIATION_KINDS,
  'DeviationKind',
  'SoL/LSS, HSL, lex Sarah, lex Maria, complaint, decision not executed.',
);
export const DeviationStatusEnum = registerStringEnum(DEVIATION_STATUSES, 'DeviationStatus');
export const SeriousnessEnum = registerStringEnum(
  SERIOUSNESS,
  'Seriousness',
  'Lex Sarah: a serious impropriety (allvarligt missförhållande) or not; lex Maria: a serious care injury or not.',
);
export const DeviationSortFieldEnum = registerStringEnum(
  DEVIATION_SORT_FIELDS,
  'DeviationSortField',
  'What the deviations list is sorted by: the report (its time), the day it happened, kind, status, unit or provider name.',
);
export const ComplainantEnum = registerStringEnum(COMPLAINANTS, 'Complainant');
export const ComplaintCategoryEnum = registerStringEnum(
  COMPLAINT_CATEGORIES,
  'ComplaintCategory',
  'What a comment or complaint is about: treatment (bemötande), handling of the case, care quality, ...',
);

@ObjectType()
export class DeviationStatusChange {
  @Field(() => DeviationStatusEnum, { nullable: true }) fromStatus!: DeviationStatus | null;
  @Field(() => DeviationStatusEnum) toStatus!: DeviationStatus;
  @Field() changedBy!: string;
  @Field(() => GraphQLISODateTime) changedAt!: Date;
}

@ObjectType({
  description: 'A lex Sarah / lex Maria assessment: the seriousness assessed, or the report to IVO recorded.',
})
export class DeviationAssessmentRecord {
  @Field(() => SeriousnessEnum, { nullable: true, description: 'Set when the seriousness was assessed.' })
  seriousness!: Seriousness | null;
  @Field(() => String, { nullable: true, description: 'Set when the report to IVO was recorded.' })
  ivoReportedOn!: string | null;
  @Field(() => String, { nullable: true }) ivoReference!: string | null;
  @Field() changedBy!: string;
  @Field(() => GraphQLISODateTime) changedAt!: Date;
}

@ObjectType({ description: 'Actions registered and a final assessment within two months of the report.' })
export class TwoMonthRuleStatus {
  @Field() deadline!: string;
  @Field() actionsInTime!: boolean;
  @Field() assessedInTime!: boolean;
  @Field({ description: 'Past the deadline without a final assessment.' }) overdue!: boolean;
}
