import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { SurveyRatio } from '../results/results.models';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { SurveyRound } from './round.entity';
import { unitCoverage } from './round-rules';
import { RoundUnit } from './round-unit.entity';
import { CreateSurveyRoundInput } from './rounds.inputs';
import { RoundsService } from './rounds.service';

@Resolver(() => SurveyRound)
export class RoundsResolver {
  constructor(private readonly rounds: RoundsService) {}

  @Query(() => [SurveyRound], { description: 'Rounds, newest first.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER')
  surveyRounds(
    @Args('definitionId', { type: () => ID, nullable: true }) definitionId?: string,
  ): Promise<SurveyRound[]> {
    return this.rounds.list(definitionId);
  }

  @Query(() => SurveyRound, { nullable: true })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER')
  surveyRound(@Args('id', { type: () => ID }) id: string): Promise<SurveyRound | null> {
    return this.rounds.find(id);
  }

  @Mutation(() => SurveyRound)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  createSurveyRound(
    @Args('input') input: CreateSurveyRoundInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<SurveyRound> {
    return this.rounds.create(input, identity);
  }

  @Mutation(() => SurveyRound, { description: 'Closes the round to answers and publishes surveys.result.v1.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  closeSurveyRound(@Args('roundId', { type: () => ID }) roundId: string): Promise<SurveyRound> {
    return this.rounds.close(roundId);
  }

  @ResolveField(() => [RoundUnit])
  units(@Parent() round: SurveyRound): Promise<RoundUnit[]> {
    return this.rounds.unitsOf(round.id);
  }
}

@Resolver(() => RoundUnit)
export class RoundUnitResolver {
  @ResolveField(() => SurveyRatio, {
    nullable: true,
    description: "The unit's people offered over its people placed; none when placed was not given.",
  })
  coverage(@Parent() unit: RoundUnit): SurveyRatio | null {
    return unitCoverage(unit);
  }
}
