import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { Contract } from '../contracts/contract.entity';
import { SelectionThirdEnum } from '../follow-ups/follow-up.entity';
import { RiskPartModel } from '../risk-signals/risk-signals.models';
import { SELECTION_REASONS, SelectionReason, SelectionThird, SKIP_REASONS, SkipReason } from './selection-rules';

const EXPLAINED = 'Use reasonCode with the Swedish catalogue (libs/swedish)';

export const SelectionReasonEnum = registerStringEnum(
  SELECTION_REASONS,
  'SelectionReason',
  'Why the selection rule proposed a contract: complaints received, the ordering list (orderedPosition), risk before chance (riskScore), or the random draw.',
);
export const SkipReasonEnum = registerStringEnum(
  SKIP_REASONS,
  'SkipReason',
  "Why a contract on the ordering function's list was not proposed from it.",
);

@ObjectType({ description: 'A contract proposed for a specific follow-up, and why.' })
export class FollowUpProposal {
  @Field(() => Int)
  rank!: number;

  @Field(() => ID)
  contractId!: string;

  @Field(() => Contract, { nullable: true })
  contract?: Contract | null;

  @Field()
  reference!: string;

  @Field(() => SelectionThirdEnum)
  third!: SelectionThird;

  @Field(() => SelectionReasonEnum, { description: 'Why it was proposed; its numbers are the fields beside it.' })
  reasonCode!: SelectionReason;

  @Field(() => Int, {
    nullable: true,
    description: "Its place on the ordering function's list (1 = most wanted), for ON_ORDERING_LIST.",
  })
  orderedPosition!: number | null;

  @Field({ deprecationReason: EXPLAINED })
  reason!: string;

  @Field(() => Int)
  riskScore!: number;

  @Field(() => Int)
  complaints!: number;

  @Field(() => [RiskPartModel])
  riskParts!: RiskPartModel[];
}

@ObjectType()
export class SelectionShares {
  @Field(() => Int) complaints!: number;
  @Field(() => Int) ordering!: number;
  @Field(() => Int) random!: number;
}

@ObjectType()
export class SkippedOrderedContract {
  @Field(() => ID) contractId!: string;
  @Field(() => SkipReasonEnum) reasonCode!: SkipReason;
  @Field({ deprecationReason: EXPLAINED }) reason!: string;
}

@ObjectType({ description: 'Progress against the plan for one of its periods: specific follow-ups.' })
export class PlanProgress {
  @Field(() => Int, { description: "The plan's period, numbered from 1." }) period!: number;
  @Field() startsOn!: string;
  @Field() endsOn!: string;
  @Field(() => Int) target!: number;
  @Field(() => Int, { description: 'Specific follow-ups planned in the period, not cancelled.' }) planned!: number;
  @Field(() => Int, { description: 'Of those, reported or closed.' }) done!: number;
  @Field(() => Int, { description: 'Target minus planned, never below 0.' }) unplanned!: number;
}
