import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Length, ValidateNested } from 'class-validator';
import { FollowUpType } from '@kvalitetsnav/events';
import { ChecklistItemEnum, FollowUpMethodEnum, FollowUpTypeEnum } from './follow-up.entity';
import { ChecklistItem, FollowUpMethod } from './follow-up-workflow';

const DATE = { strict: true, strictSeparator: true } as const;
const date = (field: string): PropertyDecorator => (target, key) => {
  IsISO8601(DATE, { message: `${field} must be a date YYYY-MM-DD` })(target, key);
  Length(10, 10, { message: `${field} must be a date YYYY-MM-DD` })(target, key);
};
const text = (field: string, max: number): PropertyDecorator => (target, key) => {
  IsString()(target, key);
  Length(1, max, { message: `${field} must be 1 to ${max} characters` })(target, key);
};

@InputType()
export class CreateFollowUpInput {
  @Field(() => FollowUpTypeEnum)
  @IsEnum(FollowUpTypeEnum, { message: 'type must be a follow-up type' })
  type!: FollowUpType;

  @Field()
  @text('title', 300)
  title!: string;

  @Field(() => String, { nullable: true, description: 'The focus area, the triggering signal, or the question of an overarching follow-up.' })
  @IsOptional()
  @text('purpose', 5000)
  purpose?: string | null;

  @Field(() => ID, { nullable: true, description: 'Required except for overarching and thematic follow-ups.' })
  @IsOptional()
  @IsUUID('all', { message: 'contractId must be a UUID' })
  contractId?: string | null;

  @Field()
  @date('plannedOn')
  plannedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @text('responsible', 200)
  responsible?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @text('assistant', 200)
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
  @text('checklist.note', 5000)
  note?: string | null;
}

@InputType({ description: 'Only the fields given change.' })
export class PrepareFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'followUpId must be a UUID' })
  followUpId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @text('responsible', 200)
  responsible?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @text('assistant', 200)
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
  @date('plannedOn')
  plannedOn?: string | null;
}

@InputType()
export class RequiredActionInput {
  @Field()
  @text('actions.description', 5000)
  description!: string;

  @Field()
  @date('actions.deadline')
  deadline!: string;
}

@InputType()
export class ReportFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'followUpId must be a UUID' })
  followUpId!: string;

  @Field()
  @text('findings', 50_000)
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
  @text('note', 5000)
  note!: string;
}

@InputType()
export class CancelFollowUpInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'followUpId must be a UUID' })
  followUpId!: string;

  @Field()
  @text('reason', 5000)
  reason!: string;
}

@InputType()
export class PresentToBoardInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'followUpId must be a UUID' })
  followUpId!: string;

  @Field({ description: 'The board meeting, YYYY-MM-DD.' })
  @date('meetingOn')
  meetingOn!: string;
}

@InputType()
export class ActionPlanInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'actionId must be a UUID' })
  actionId!: string;

  @Field({ description: "The provider's action plan (åtgärdsplan)." })
  @text('plan', 20_000)
  plan!: string;
}
