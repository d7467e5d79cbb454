import { Field, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType({ description: 'Units followed up in the year, of the units with a contract that year.' })
export class ServiceAreaCoverage {
  @Field({ description: 'A code from serviceAreas.' }) serviceArea!: string;
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
}

@ObjectType()
export class ProviderCoverage {
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field(() => Int) numerator!: number;
  @Field(() => Int) denominator!: number;
}

@ObjectType({ description: 'A unit with a contract in the year and no follow-up done that year yet.' })
export class UncoveredUnit {
  @Field(() => ID) unitId!: string;
  @Field() unitName!: string;
  @Field({ description: 'A code from serviceAreas.' }) serviceArea!: string;
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
}

@ObjectType({ description: 'An active IOP contract with no follow-up done in the twelve months up to the day.' })
export class IopWithoutFollowUp {
  @Field(() => ID) contractId!: string;
  @Field() reference!: string;
  @Field() title!: string;
  @Field(() => ID) providerId!: string;
  @Field() providerName!: string;
  @Field(() => String, { nullable: true, description: 'The last day a follow-up of it was reported.' })
  lastFollowedUpOn!: string | null;
  @Field({ description: 'A year after the last follow-up, or after the start when never followed up.' })
  dueSince!: string;
}

@ObjectType({
  description:
    'Structural coverage (seed 002: every unit followed up each year): units with a follow-up reported or closed in the year, of the units with a contract in force that year.',
})
export class FollowUpCoverage {
  @Field(() => Int) year!: number;
  @Field({ description: 'The day the IOP flags are taken on.' }) asOf!: string;
  @Field(() => Int, { description: 'Units followed up in the year.' }) numerator!: number;
  @Field(() => Int, { description: 'Units with a contract in force some day of the year.' }) denominator!: number;
  @Field(() => [ServiceAreaCoverage]) byServiceArea!: ServiceAreaCoverage[];
  @Field(() => [ProviderCoverage]) byProvider!: ProviderCoverage[];
  @Field(() => [UncoveredUnit]) uncoveredUnits!: UncoveredUnit[];
  @Field(() => [IopWithoutFollowUp]) iopWithoutFollowUp!: IopWithoutFollowUp[];
}
