import { Field, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { RiskPartKind } from '../planning/risk-rules';

const RISK_PART_KINDS: RiskPartKind[] = [
  'LEX_SARAH',
  'LEX_MARIA',
  'COMPLAINT',
  'DECISION_NOT_EXECUTED',
  'HSL',
  'SOL_LSS',
  'LOW_SURVEY_RESULT',
  'MISSING_BUSINESS_REPORT',
  'MISSING_STAFFING_REPORT',
  'MISSING_CASE_FLOW_MONTH',
  'OPEN_SUPERVISION',
  'IOP_NOT_FOLLOWED_UP',
];
export const RiskPartKindEnum = registerStringEnum(
  RISK_PART_KINDS,
  'RiskSignalKind',
  'A kind of signal that adds to a risk score.',
);

@ObjectType({ description: 'What a risk score is made of: a kind of signal, how many, how many points.' })
export class RiskPartModel {
  @Field(() => RiskPartKindEnum)
  kind!: RiskPartKind;

  @Field(() => Int)
  count!: number;

  @Field(() => Int)
  points!: number;
}

@ObjectType({ description: "A contract's risk over the twelve months up to `asOf`, from signals received." })
export class ContractRisk {
  @Field(() => Int)
  score!: number;

  @Field(() => Int, { description: 'Complaints and comments received.' })
  complaints!: number;

  @Field()
  asOf!: string;

  @Field(() => [RiskPartModel])
  parts!: RiskPartModel[];
}
