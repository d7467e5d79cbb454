import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { ResultGrouping } from './result-rules';
import { ResultGroupingEnum, SurveyResultGroup } from './results.models';
import { ResultsService } from './results.service';

@Resolver()
export class ResultsResolver {
  constructor(private readonly resultService: ResultsService) {}

  @Query(() => [SurveyResultGroup], {
    description: "A round's results; every figure has its numerator and denominator, small cells are suppressed.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER')
  surveyResults(
    @CurrentIdentity() identity: Identity,
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('groupBy', { type: () => ResultGroupingEnum, defaultValue: 'TOTAL' }) groupBy: ResultGrouping,
    @Args('compareWithRoundId', { type: () => ID, nullable: true }) compareWithRoundId?: string,
  ): Promise<SurveyResultGroup[]> {
    return this.resultService.results(identity, roundId, groupBy, compareWithRoundId);
  }
}
