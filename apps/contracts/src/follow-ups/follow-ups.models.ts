import { Field, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { FollowUp } from './follow-up.entity';
import { BoardReportMonth } from './follow-up-workflow-rules';

export const BoardReportMonthEnum = registerStringEnum(
  ['JUNE', 'NOVEMBER'] as const,
  'BoardReportMonth',
  'The half-yearly board reports: June (December–May) and November (June–November).',
);

@ObjectType({ description: 'The half-yearly report to the board of follow-ups without a decision case.' })
export class HalfYearFollowUpReport {
  @Field(() => Int) year!: number;
  @Field(() => BoardReportMonthEnum) month!: BoardReportMonth;
  @Field() from!: string;
  @Field() to!: string;
  @Field(() => [FollowUp]) followUps!: FollowUp[];
}
