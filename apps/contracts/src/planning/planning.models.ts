import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Contract } from '../contracts/contract.entity';
import { SelectionThirdEnum } from '../follow-ups/follow-up.entity';
import { RiskPartModel } from '../risk-signals/contract-risk.model';
import { SelectionThird } from './selection';

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

  @Field()
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
  @Field() reason!: string;
}

@ObjectType({ description: 'Progress against the plan for a half-year: specific follow-ups.' })
export class PlanProgress {
  @Field(() => Int) half!: number;
  @Field(() => Int) target!: number;
  @Field(() => Int, { description: 'Specific follow-ups planned in the half, not cancelled.' }) planned!: number;
  @Field(() => Int, { description: 'Of those, reported or closed.' }) done!: number;
  @Field(() => Int, { description: 'Target minus planned, never below 0.' }) unplanned!: number;
}
