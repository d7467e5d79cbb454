import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, LoaderContext, requestLoader } from '@kvalitetsnav/service-kit';
import { DeviationStatistics } from '../statistics/statistics.models';
import { StatisticsFilter } from '../statistics/statistics.inputs';
import { StatisticsService } from '../statistics/statistics.service';
import { Unit } from './unit.models';

/** Extends contracts' Unit with its deviation figures, batched per request and filter. */
@Resolver(() => Unit)
export class UnitResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @ResolveField(() => DeviationStatistics)
  deviationStatistics(
    @Parent() unit: Unit,
    @Context() context: LoaderContext,
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationStatistics> {
    return requestLoader(context, `unitDeviationStatistics:${JSON.stringify(filter ?? {})}`, (ids: readonly string[]) =>
      this.statistics.computeEach(identity, filter ?? {}, 'unitId', ids),
    ).load(unit.id);
  }
}
