import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { FollowUpType } from '@kvalitetsnav/events';
import { ChecklistItemEnum, FollowUpMethodEnum, FollowUpTypeEnum } from './follow-up.entity';
import { ChecklistItem, FollowUpMethod } from './follow-up-workflow';
import { IsIsoDate, IsText } from '@kvalitetsnav/service-kit';

@InputType()
export class CreateFollowUpInput {
  @Field(() => FollowUpTypeEnum)
  @IsEnum(FollowUpTypeEnum, { message: 'type must be a follow-up type' })
  type!: FollowUpType;

  @Field()
  @IsText('title', 300)
  title!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The focus area, the triggering signal, or the question of an overarching follow-up.',
  })
  @IsOptional()
  @IsText('purpose', 5000)
  purpose?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required except for overarching and thematic follow-ups.' })
  @IsOptional()
  @IsUUID('all', { message: 'contractId must be a UUID' })
  contractId?: string | null;

  @Field()
  @IsIsoDate('plannedOn')
  plannedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText('responsible', 200)
  responsible?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText('assistant', 200)
  assistant?: string | null;
}

@InputType()
export class ChecklistEntryInput {
  @Field(() => ChecklistItemEnum)
  @IsEnum(ChecklistItemEnum, { message: 'checklist.item must be a preparation step' })
  item!: ChecklistItem;

  @Field()
  @IsBoolean()
  done!: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText('checklist.note', 5000)
  note?: string | null;
}

@InputType({ description: 'Only the fields given change.' })
export class PrepareFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'followUpId must be a UUID' })
  followUpId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText('responsible', 200)
  responsible?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText('assistant', 200)
  assistant?: string | null;

  @Field(() => [FollowUpMethodEnum], { nullable: true, description: 'Several allowed.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(4)
  @IsEnum(FollowUpMethodEnum, { each: true, message: 'methods must hold follow-up methods' })
  methods?: FollowUpMethod[] | null;

  @Field(() => [ChecklistEntryInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ChecklistEntryInput)
  checklist?: ChecklistEntryInput[] | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsIsoDate('plannedOn')
  plannedOn?: string | null;
}

@InputType()
export class RequiredActionInput {
  @Field()
  @IsText('actions.description', 5000)
  description!: string;

  @Field()
  @IsIsoDate('actions.deadline')
  deadline!: string;
}

@InputType()
export class ReportFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'followUpId must be a UUID' })
  followUpId!: string;

  @Field()
  @IsText('findings', 50_000)
  findings!: string;

  @Field({ description: 'The report leads to a decision case for the next board meeting.' })
  @IsBoolean()
  decisionNeeded!: boolean;

  @Field(() => [RequiredActionInput], { description: 'Required actions, each with a deadline.' })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => RequiredActionInput)
  actions!: RequiredActionInput[];
}

@InputType()
export class RecheckActionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'actionId must be a UUID' })
  actionId!: string;

  @Field({ description: 'Whether the re-check found the action done.' })
  @IsBoolean()
  met!: boolean;

  @Field()
  @IsText('note', 5000)
  note!: string;
}

@InputType()
export class CancelFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'followUpId must be a UUID' })
  followUpId!: string;

  @Field()
  @IsText('reason', 5000)
  reason!: string;
}

@InputType()
export class PresentToBoardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'followUpId must be a UUID' })
  followUpId!: string;

  @Field({ description: 'The board meeting, YYYY-MM-DD.' })
  @IsIsoDate('meetingOn')
  meetingOn!: string;
}

@InputType()
export class ActionPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'actionId must be a UUID' })
  actionId!: string;

  @Field({ description: "The provider's action plan (åtgärdsplan)." })
  @IsText('plan', 20_000)
  plan!: string;
}
