import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { ResultGrouping } from './result-rules';
import { ResultGroupingEnum, SurveyAnswerShare, SurveyCrossTab, SurveyResultGroup } from './results.models';
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

  @Query(() => [SurveyAnswerShare], {
    description:
      "A round's answer distribution: per group, question and option, the count and the share over the substantive answers; suppressed as surveyResults is.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER')
  surveyAnswerDistribution(
    @CurrentIdentity() identity: Identity,
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('groupBy', { type: () => ResultGroupingEnum, defaultValue: 'TOTAL' }) groupBy: ResultGrouping,
  ): Promise<SurveyAnswerShare[]> {
    return this.resultService.distribution(identity, roundId, groupBy);
  }

  @Query(() => SurveyCrossTab, {
    description:
      'Two questions of a round against each other: per pair of options the count and the share of the row, small cells and whatever would give them away suppressed.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER')
  surveyCrossTab(
    @Args('roundId', { type: () => ID }) roundId: string,
    @Args('rowQuestionId', { description: 'The question whose options are the rows.' }) rowQuestionId: string,
    @Args('columnQuestionId', { description: 'The question whose options are the columns.' }) columnQuestionId: string,
  ): Promise<SurveyCrossTab> {
    return this.resultService.crossTab(roundId, rowQuestionId, columnQuestionId);
  }
}
