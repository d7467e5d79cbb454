import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { registerStringEnum } from '@kvalitetsnav/service-kit';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { QuestionGuide } from '../question-guides/question-guide.entity';
import { SCOPE_KINDS, ScopeKind } from './thematic-rules';

export const ScopeKindEnum = registerStringEnum(
  SCOPE_KINDS,
  'ThematicScopeKind',
  'All units of a service area, a chosen set, or every unit of every provider.',
);

@ObjectType()
export class UnitAnswer {
  @Field() questionKey!: string;
  @Field() value!: string;
}

@ObjectType({ description: 'A unit the thematic follow-up covers, with its answers once recorded.' })
export class ThematicUnit {
  @Field(() => ID) unitId!: string;
  @Field() name!: string;
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field() serviceArea!: string;
  @Field(() => [UnitAnswer], { nullable: true, description: 'Null until findings are recorded.' })
  answers!: UnitAnswer[] | null;
}

@ObjectType({ description: 'n of N: units that answered yes, of the units asked.' })
export class Tally {
  @Field(() => Int) count!: number;
  @Field(() => Int) of!: number;
}

@ObjectType()
export class ValueCount {
  @Field() value!: string;
  @Field(() => Int) count!: number;
}

@ObjectType()
export class ProviderTally {
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field(() => Tally) yes!: Tally;
}

@ObjectType()
export class ServiceAreaTally {
  @Field() serviceArea!: string;
  @Field(() => Tally) yes!: Tally;
}

@ObjectType()
export class PreviousRound {
  @Field(() => ID) followUpId!: string;
  @Field(() => Tally) yes!: Tally;
}

@ObjectType({ description: 'One question across the units of the round.' })
export class QuestionResult {
  @Field() questionKey!: string;
  @Field(() => [ValueCount]) values!: ValueCount[];
  @Field(() => Int, { description: 'Units asked (a conditional question: where the condition held) that answered.' })
  of!: number;
  @Field(() => [ProviderTally]) byProvider!: ProviderTally[];
  @Field(() => [ServiceAreaTally]) byServiceArea!: ServiceAreaTally[];
  @Field(() => PreviousRound, { nullable: true, description: "The same guide's earlier round." })
  previous!: PreviousRound | null;
}

@ObjectType({ description: 'An overarching or thematic follow-up: its scope, guide, findings per unit and results.' })
export class ThematicFollowUp {
  @Field(() => FollowUp) followUp!: FollowUp;
  @Field(() => QuestionGuide) guide!: QuestionGuide;
  @Field(() => ScopeKindEnum) scopeKind!: ScopeKind;
  @Field(() => String, { nullable: true }) serviceArea!: string | null;
  @Field(() => [ThematicUnit]) units!: ThematicUnit[];
  @Field(() => [QuestionResult]) results!: QuestionResult[];
  @Field(() => [FollowUp], { description: 'Specific follow-ups started from this one.' }) children!: FollowUp[];
}
