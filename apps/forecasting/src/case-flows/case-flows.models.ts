import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { CASE_FLOW_SOURCES } from './case-flow-rules';

export const CaseFlowSourceEnum = registerStringEnum(
  CASE_FLOW_SOURCES,
  'CaseFlowSource',
  "PROVIDER: the provider's service cases; ADMINISTRATION: the municipality's assessed (bistånd) cases.",
);

@ObjectType()
export class ReasonCount {
  @Field() reason!: string;
  @Field(() => Int) count!: number;
}

@ObjectType({ description: "A month's case flows added up: new, closed, and the balance." })
export class CaseFlowMonth {
  @Field() month!: string;
  @Field(() => Int) incoming!: number;
  @Field(() => Int) outgoing!: number;
  @Field(() => Int, { description: 'incoming − outgoing: positive means the caseload grew.' }) balance!: number;
  @Field(() => Int, { description: 'Reports behind the figure.' }) reports!: number;
}

@ObjectType()
export class MissingCaseFlowMonths {
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => ID) providerId!: string;
  @Field(() => [String]) months!: string[];
}

@ObjectType({ description: "One hand-in of case-flow reports: a unit's months submitted together (a form or a file)." })
export class CaseFlowDelivery {
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field(() => [String], { description: 'The months reported, YYYY-MM, in order.' }) months!: string[];
  @Field(() => Int, { description: 'Reports (versions) handed in.' }) reports!: number;
  @Field({ description: 'Who handed them in.' }) by!: string;
  @Field(() => GraphQLISODateTime) at!: Date;
}
