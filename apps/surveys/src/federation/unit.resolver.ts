import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { LoaderContext, requestLoader } from '@kvalitetsnav/service-kit';
import { UnitSurveyResult } from '../results/results.models';
import { ResultsService } from '../results/results.service';
import { Unit } from './unit.models';

@Resolver(() => Unit)
export class UnitResultsResolver {
  constructor(private readonly resultService: ResultsService) {}

  @ResolveField(() => [UnitSurveyResult], { description: 'Results in closed survey rounds, newest first.' })
  surveyResults(@Parent() unit: Unit, @Context() context: LoaderContext): Promise<UnitSurveyResult[]> {
    return requestLoader(context, 'unitSurveyResults', (ids: readonly string[]) =>
      this.resultService.forUnits(ids),
    ).load(unit.id);
  }
}
