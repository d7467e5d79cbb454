import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { FollowUpStatus, FollowUpType } from '@kvalitetsnav/events';
import { IsCount, IsFlag, IsId, IsIsoDate, IsList, IsOneOf, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';
import { ChecklistItemEnum, FollowUpMethodEnum, FollowUpStatusEnum, FollowUpTypeEnum } from './follow-up.entity';
import { BoardReportMonth, ChecklistItem, FollowUpMethod } from './follow-up-workflow-rules';
import { BoardReportMonthEnum, FollowUpSortFieldEnum } from './follow-ups.models';
import type { FollowUpSortField } from './follow-up-list-rules';

@InputType()
export class CreateFollowUpInput {
  @Field(() => FollowUpTypeEnum)
  @IsOneOf(FollowUpTypeEnum)
  type!: FollowUpType;

  @Field()
  @IsText(300)
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The focus area, the triggering signal, or the question of an overarching follow-up.',
  })
  @IsOptional()
  @IsText(5000)
  purpose?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required except for overarching and thematic follow-ups.' })
  @IsOptional()
  @IsId()
  contractId?: string | null;

  @Field()
  @IsIsoDate()
  plannedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200)
  responsible?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200)
  assistant?: string | null;
}

@InputType()
export class ChecklistEntryInput {
  @Field(() => ChecklistItemEnum)
  @IsOneOf(ChecklistItemEnum)
  item!: ChecklistItem;

  @Field()
  @IsFlag()
  done!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(5000)
  note?: string | null;
}

@InputType({ description: 'Only the fields given change.' })
export class PrepareFollowUpInput {
  @Field(() => ID)
  @IsId()
  followUpId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200)
  responsible?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200)
  assistant?: string | null;

  // GraphQL admits only FollowUpMethod values; the list rule bounds how many.
  @Field(() => [FollowUpMethodEnum], { nullable: true, description: 'Several allowed.' })
  @IsOptional()
  @IsList(0, 4)
  methods?: FollowUpMethod[] | null;

  @Field(() => [ChecklistEntryInput], { nullable: true })
  @IsOptional()
  @IsList(0, 10)
  @ValidateNested({ each: true })
  @Type(() => ChecklistEntryInput)
  checklist?: ChecklistEntryInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate()
  plannedOn?: string | null;
}

@InputType()
export class RequiredActionInput {
  @Field()
  @IsText(5000)
  description!: string;

  @Field()
  @IsIsoDate()
  deadline!: string;
}

@InputType()
export class ReportFollowUpInput {
  @Field(() => ID)
  @IsId()
  followUpId!: string;

  @Field()
  @IsText(50_000)
  findings!: string;

  @Field({ description: 'The report leads to a decision case for the next board meeting.' })
  @IsFlag()
  decisionNeeded!: boolean;

  @Field(() => [RequiredActionInput], { description: 'Required actions, each with a deadline.' })
  @IsList(0, 100)
  @ValidateNested({ each: true })
  @Type(() => RequiredActionInput)
  actions!: RequiredActionInput[];
}

@InputType()
export class RecheckActionInput {
  @Field(() => ID)
  @IsId()
  actionId!: string;

  @Field({ description: 'Whether the re-check found the action done.' })
  @IsFlag()
  met!: boolean;

  @Field()
  @IsText(5000)
  note!: string;

  @Field(() => String, {
    nullable: true,
    description: 'When not met: the new deadline for the provider (the old one stays when absent).',
  })
  @IsOptional()
  @IsIsoDate()
  newDeadline?: string | null;
}

@InputType()
export class CancelFollowUpInput {
  @Field(() => ID)
  @IsId()
  followUpId!: string;

  @Field()
  @IsText(5000)
  reason!: string;
}

@InputType()
export class PresentToBoardInput {
  @Field(() => ID)
  @IsId()
  followUpId!: string;

  @Field({ description: 'The board meeting, YYYY-MM-DD.' })
  @IsIsoDate()
  meetingOn!: string;
}

@InputType()
export class ActionPlanInput {
  @Field(() => ID)
  @IsId()
  actionId!: string;

  @Field({ description: "The provider's action plan (åtgärdsplan)." })
  @IsText(20_000)
  plan!: string;
}

@ArgsType()
export class HalfYearReportArgs {
  @Field(() => Int)
  @IsWholeNumber(2000, 2100)
  year!: number;

  @Field(() => BoardReportMonthEnum)
  @IsOneOf(BoardReportMonthEnum)
  month!: BoardReportMonth;

  @Field(() => ID, {
    nullable: true,
    description:
      "The board's report: its contracts' follow-ups, over its plan's period; else the municipality-wide plan's.",
  })
  @IsOptional()
  @IsId()
  boardId?: string | null;
}

@ArgsType()
export class FollowUpPageArgs {
  @Field(() => Int, { nullable: true, description: 'Planned in this year.' })
  @IsOptional()
  @IsWholeNumber(2000, 2100)
  year?: number | null;

  @Field(() => FollowUpStatusEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(FollowUpStatusEnum)
  status?: FollowUpStatus | null;

  @Field(() => FollowUpTypeEnum, { nullable: true })
  @IsOptional()
  @IsOneOf(FollowUpTypeEnum)
  type?: FollowUpType | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  providerId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Follow-ups of a contract that covers this unit.' })
  @IsOptional()
  @IsId()
  unitId?: string | null;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsId()
  contractId?: string | null;

  @Field(() => String, { nullable: true, description: 'Part of the title or the contract reference, any case.' })
  @IsOptional()
  @IsText(200)
  search?: string | null;

  @Field(() => FollowUpSortFieldEnum, { defaultValue: 'PLANNED_ON' })
  @IsOneOf(FollowUpSortFieldEnum)
  sortBy!: FollowUpSortField;

  @Field({ defaultValue: false })
  @IsFlag()
  descending!: boolean;

  @Field(() => Int, { defaultValue: 0, description: 'Rows to skip.' })
  @IsCount(1_000_000)
  offset!: number;

  @Field(() => Int, { defaultValue: 25, description: 'Rows per page, 1–100.' })
  @IsWholeNumber(1, 100)
  limit!: number;
}
