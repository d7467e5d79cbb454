import { Field, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateNested } from 'class-validator';
import { FollowUpType } from '@kvalitetsnav/events';
import { IsCode, IsId, IsIds, IsIsoDate, IsList, IsOneOf, IsText } from '@kvalitetsnav/service-kit';
import { ScopeKindEnum } from './thematic-follow-ups.models';
import { ScopeKind } from './thematic-rules';

export const THEMATIC_TYPES = ['THEMATIC', 'OVERARCHING'] as const;

@InputType({ description: 'The project plan (purpose, method, timetable) and which units, with which guide.' })
export class CreateThematicFollowUpInput {
  @Field(() => String, { description: 'THEMATIC or OVERARCHING.' })
  @IsOneOf(THEMATIC_TYPES)
  type!: FollowUpType;

  @Field()
  @IsText(300)
  title!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(5000)
  purpose?: string | null;

  @Field({ description: 'Planned for this day, YYYY-MM-DD.' })
  @IsIsoDate()
  plannedOn!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200)
  responsible?: string | null;

  @Field(() => ID)
  @IsId()
  guideId!: string;

  @Field(() => ScopeKindEnum)
  @IsOneOf(ScopeKindEnum)
  scopeKind!: ScopeKind;

  @Field(() => String, { nullable: true, description: 'For SERVICE_AREA.' })
  @IsOptional()
  @IsCode()
  serviceArea?: string | null;

  @Field(() => [ID], { nullable: true, description: 'For CHOSEN_UNITS.' })
  @IsOptional()
  @IsIds()
  unitIds?: string[] | null;
}

@InputType()
export class UnitAnswerInput {
  @Field()
  @IsCode()
  questionKey!: string;

  @Field({ description: 'YES or NO, a number, one of the options, or text.' })
  @IsText(5000, 0)
  value!: string;
}

@InputType({ description: "One unit's answers, saved whole; they replace earlier ones." })
export class RecordUnitFindingsInput {
  @Field(() => ID)
  @IsId()
  followUpId!: string;

  @Field(() => ID)
  @IsId()
  unitId!: string;

  @Field(() => [UnitAnswerInput])
  @IsList(0, 100)
  @ValidateNested({ each: true })
  @Type(() => UnitAnswerInput)
  answers!: UnitAnswerInput[];
}

@InputType()
export class StartSpecificFollowUpsInput {
  @Field(() => ID)
  @IsId()
  followUpId!: string;

  @Field(() => [ID])
  @IsIds()
  unitIds!: string[];

  @Field({ description: 'Planned for this day, YYYY-MM-DD.' })
  @IsIsoDate()
  plannedOn!: string;
}
