import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { FollowUp } from './follow-up.entity';
import { BoardReportMonth } from './follow-up-workflow-rules';
import { FOLLOW_UP_SORT_FIELDS } from './follow-up-list-rules';

export const BoardReportMonthEnum = registerStringEnum(
  ['JUNE', 'NOVEMBER'] as const,
  'BoardReportMonth',
  "The half-yearly board reports, each over the plan period ending nearest the month's end (by default December–May and June–November).",
);

@ObjectType({ description: 'The half-yearly report to the board of follow-ups without a decision case.' })
export class HalfYearFollowUpReport {
  @Field(() => Int) year!: number;
  @Field(() => BoardReportMonthEnum) month!: BoardReportMonth;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => ID, { nullable: true }) boardId!: string | null;
  @Field(() => [FollowUp]) followUps!: FollowUp[];
}

@ObjectType({ description: 'One re-check (återkontroll) of a required action.' })
export class ActionRecheck {
  @Field({ description: 'YYYY-MM-DD.' }) checkedOn!: string;
  @Field() met!: boolean;
  @Field() note!: string;
  @Field(() => String, { nullable: true, description: 'The deadline the provider was given when not met.' })
  newDeadline!: string | null;
}

export const FollowUpSortFieldEnum = registerStringEnum(
  FOLLOW_UP_SORT_FIELDS,
  'FollowUpSortField',
  'The column a page of follow-ups is sorted by; ties go by planned date, then title.',
);

@ObjectType({ description: 'One page of follow-ups, with how many match in all.' })
export class FollowUpPage {
  @Field(() => [FollowUp]) items!: FollowUp[];
  @Field(() => Int, { description: 'Follow-ups matching the filters, on every page.' }) total!: number;
  @Field(() => Int) offset!: number;
  @Field(() => Int) limit!: number;
}
