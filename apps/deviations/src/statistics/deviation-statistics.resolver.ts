import { Args, Context, ID, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, LoaderContext, RequireRoles, requestLoader } from '@kvalitetsnav/service-kit';
import { TrendInterval } from '../rules/statistics';
import {
  DeviationStatistics,
  DeviationStatisticsGroup,
  DeviationTrendPoint,
  StatisticsGroupingEnum,
  TrendIntervalEnum,
} from './deviation-statistics.model';
import { DeviationStatisticsService } from './deviation-statistics.service';
import { Provider } from './provider.model';
import { StatisticsFilter } from './statistics.inputs';
import { Unit } from './unit.model';

const READERS = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING', 'PROVIDER'] as const;

/** A provider's key sees its own figures only, whatever it asks for. */
const scoped = (identity: Identity, filter: StatisticsFilter | null | undefined): StatisticsFilter =>
  identity.roles.includes('PROVIDER') ? { ...filter, providerId: identity.providerId } : { ...filter };

@Resolver(() => DeviationStatistics)
export class DeviationStatisticsResolver {
  constructor(private readonly statistics: DeviationStatisticsService) {}

  @Query(() => DeviationStatistics, { description: 'Deviation figures for the deviations the filter selects.' })
  @RequireRoles(...READERS)
  deviationStatistics(
    @CurrentIdentity() identity: Identity,
    @Args('unitId', { type: () => ID, nullable: true, deprecationReason: 'use filter.unitId' }) unitId?: string,
    @Args('providerId', { type: () => ID, nullable: true, deprecationReason: 'use filter.providerId' })
    providerId?: string,
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationStatistics> {
    return this.statistics.compute(scoped(identity, { unitId, providerId, ...filter }));
  }

  @Query(() => [DeviationStatisticsGroup], {
    description: 'Deviation figures per sector, service area, provider or unit.',
  })
  @RequireRoles(...READERS)
  deviationStatisticsBy(
    @CurrentIdentity() identity: Identity,
    @Args('groupBy', { type: () => StatisticsGroupingEnum }) groupBy: 'SECTOR' | 'SERVICE_AREA' | 'PROVIDER' | 'UNIT',
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationStatisticsGroup[]> {
    return this.statistics.grouped(scoped(identity, filter), groupBy);
  }

  @Query(() => [DeviationTrendPoint], {
    description: 'Counts per month, quarter or year; by default the last twelve months.',
  })
  @RequireRoles(...READERS)
  deviationTrend(
    @CurrentIdentity() identity: Identity,
    @Args('interval', { type: () => TrendIntervalEnum }) interval: TrendInterval,
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationTrendPoint[]> {
    return this.statistics.trend(scoped(identity, filter), interval);
  }
}

/** Extends contracts' Unit and Provider with their deviation figures, batched per request and filter. */
@Resolver(() => Unit)
export class UnitStatisticsResolver {
  constructor(private readonly statistics: DeviationStatisticsService) {}

  @ResolveField(() => DeviationStatistics)
  deviationStatistics(
    @Parent() unit: Unit,
    @Context() context: LoaderContext,
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationStatistics> {
    return requestLoader(context, `unitDeviationStatistics:${JSON.stringify(filter ?? {})}`, (ids: readonly string[]) =>
      this.statistics.computeEach(filter ?? {}, 'unitId', ids),
    ).load(unit.id);
  }
}

@Resolver(() => Provider)
export class ProviderStatisticsResolver {
  constructor(private readonly statistics: DeviationStatisticsService) {}

  @ResolveField(() => DeviationStatistics)
  deviationStatistics(
    @Parent() provider: Provider,
    @Context() context: LoaderContext,
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationStatistics> {
    return requestLoader(
      context,
      `providerDeviationStatistics:${JSON.stringify(filter ?? {})}`,
      (ids: readonly string[]) => this.statistics.computeEach(filter ?? {}, 'providerId', ids),
    ).load(provider.id);
  }
}
