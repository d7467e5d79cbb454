import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsOptional, ValidateBy, ValidateNested } from 'class-validator';
import { CommonRules } from '@kvalitetsnav/codes';
import { IsCount, IsId, IsIds, IsIsoDate, IsList, IsText, IsWholeNumber } from '@kvalitetsnav/service-kit';
import type { PlanPeriod } from './plan-period-rules';

// service-kit has no "at least N" above 0 and no text rule for each item of a list; these carry
// the common rules (TOO_SMALL, TEXT_LENGTH) the way its input rules do, so the client gets the same codes.
const AtLeast = (min: number) =>
  ValidateBy(
    { name: 'atLeast', validator: { validate: (value: unknown) => typeof value === 'number' && value >= min } },
    {
      context: { rule: 'TOO_SMALL', params: { min } },
      message: (a) => CommonRules.TOO_SMALL.message({ min }, a.property),
    },
  );
const EachText = (max: number, min = 1) =>
  ValidateBy(
    {
      name: 'eachText',
      validator: {
        validate: (value: unknown) =>
          Array.isArray(value) && value.every((v) => typeof v === 'string' && v.length >= min && v.length <= max),
      },
    },
    {
      context: { rule: 'TEXT_LENGTH', params: { min, max } },
      message: (a) => CommonRules.TEXT_LENGTH.message({ min, max }, a.property),
    },
  );

@InputType()
export class PlanPeriodInput implements PlanPeriod {
  @Field({ description: 'First day, YYYY-MM-DD; from 1 December of the year before.' })
  @IsIsoDate()
  startsOn!: string;

  @Field({ description: 'Last day, YYYY-MM-DD; at the latest 31 December of the plan year.' })
  @IsIsoDate()
  endsOn!: string;

  @Field(() => Int, { description: 'At least this many specific follow-ups in the period.' })
  @IsCount(500)
  target!: number;
}

@InputType()
export class FollowUpPlanInput {
  @Field(() => Int)
  @IsWholeNumber(2000, 2100)
  year!: number;

  @Field(() => [String], { description: 'Focus areas for the year.' })
  @IsList(0, 30)
  @EachText(300)
  focusAreas!: string[];

  @Field(() => ID, { nullable: true, description: "The board's plan; leave out for the municipality-wide plan." })
  @IsOptional()
  @IsId()
  boardId?: string | null;

  @Field(() => [PlanPeriodInput], {
    description: 'Its own periods with targets, e.g. 1 December–31 May and 1 June–30 November; none overlap.',
  })
  @IsList(1, 12)
  @ValidateNested({ each: true })
  @Type(() => PlanPeriodInput)
  periods!: PlanPeriodInput[];
}

@InputType()
export class PlanFollowUpsInput {
  @Field(() => Int)
  @IsWholeNumber(2000, 2100)
  year!: number;

  @Field(() => ID, { nullable: true, description: "The board's plan; leave out for the municipality-wide plan." })
  @IsOptional()
  @IsId()
  boardId?: string | null;

  @Field(() => Int, { description: "The plan's period to select for, numbered from 1 (first to last)." })
  @IsWholeNumber(1, 12)
  period!: number;

  @Field(() => Int, { description: 'Places: how many contracts to propose.' })
  @IsCount(200)
  @AtLeast(1)
  count!: number;

  @Field(() => [ID], {
    nullable: true,
    description: "The ordering function's list, most wanted first; its kept list (orderingList) when left out.",
  })
  @IsOptional()
  @IsList(0, 500)
  @IsIds()
  orderedContractIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Repeats an earlier draw; a new one is made when absent.' })
  @IsOptional()
  @IsText(200)
  seed?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Score risk as of this day (default today), to repeat an earlier selection.',
  })
  @IsOptional()
  @IsIsoDate()
  asOf?: string | null;
}

@InputType({ description: 'A proposal accepted with the official responsible for it and the day it is planned for.' })
export class AcceptedProposalInput {
  @Field(() => ID)
  @IsId()
  contractId!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsText(200)
  responsible?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Inside the selection's plan period; by default today while the period runs, else its first day.",
  })
  @IsOptional()
  @IsIsoDate()
  plannedOn?: string | null;
}

// One optional object rather than a bare list argument: Nest validates an input object's
// nested items, not the items of a list argument.
@InputType({ description: 'Which proposals to accept, with responsible official and planned date.' })
export class AcceptProposalsInput {
  @Field(() => [AcceptedProposalInput], {
    nullable: true,
    description: 'Accepted with their details; together with contractIds (accepted without), if given.',
  })
  @IsOptional()
  @IsList(0, 200)
  @ValidateNested({ each: true })
  @Type(() => AcceptedProposalInput)
  proposals?: AcceptedProposalInput[] | null;
}
