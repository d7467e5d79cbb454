import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, LoaderContext, requestLoader } from '@kvalitetsnav/service-kit';
import { DeviationStatistics } from '../statistics/statistics.models';
import { StatisticsFilter } from '../statistics/statistics.inputs';
import { StatisticsService } from '../statistics/statistics.service';
import { Provider } from './provider.models';

/** Extends contracts' Provider with its deviation figures, batched per request and filter. */
@Resolver(() => Provider)
export class ProviderResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @ResolveField(() => DeviationStatistics)
  deviationStatistics(
    @Parent() provider: Provider,
    @Context() context: LoaderContext,
    @CurrentIdentity() identity: Identity,
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationStatistics> {
    return requestLoader(
      context,
      `providerDeviationStatistics:${JSON.stringify(filter ?? {})}`,
      (ids: readonly string[]) => this.statistics.computeEach(identity, filter ?? {}, 'providerId', ids),
    ).load(provider.id);
  }
}
