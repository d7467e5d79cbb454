import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { StatisticsGrouping, TrendInterval } from './statistics-rules';
import {
  DeviationStatistics,
  DeviationStatisticsGroup,
  DeviationTrendPoint,
  StatisticsGroupingEnum,
  TrendIntervalEnum,
} from './statistics.models';
import { StatisticsFilter } from './statistics.inputs';
import { StatisticsService } from './statistics.service';

export const STATISTICS_READERS = [
  'ADMIN',
  'QUALITY_OFFICIAL',
  'MANAGER',
  'REPORTING',
  'PROVIDER',
  'MEDICALLY_RESPONSIBLE',
] as const;

@Resolver(() => DeviationStatistics)
export class StatisticsResolver {
  constructor(private readonly statistics: StatisticsService) {}

  @Query(() => DeviationStatistics, { description: 'Deviation figures for the deviations the filter selects.' })
  @RequireRoles(...STATISTICS_READERS)
  deviationStatistics(
    @CurrentIdentity() identity: Identity,
    @Args('unitId', { type: () => ID, nullable: true, deprecationReason: 'use filter.unitId' }) unitId?: string,
    @Args('providerId', { type: () => ID, nullable: true, deprecationReason: 'use filter.providerId' })
    providerId?: string,
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationStatistics> {
    return this.statistics.compute(identity, { unitId, providerId, ...filter });
  }

  @Query(() => [DeviationStatisticsGroup], {
    description: 'Deviation figures per sector, service area, provider or unit.',
  })
  @RequireRoles(...STATISTICS_READERS)
  deviationStatisticsBy(
    @CurrentIdentity() identity: Identity,
    @Args('groupBy', { type: () => StatisticsGroupingEnum }) groupBy: StatisticsGrouping,
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationStatisticsGroup[]> {
    return this.statistics.grouped(identity, filter ?? {}, groupBy);
  }

  @Query(() => [DeviationTrendPoint], {
    description: 'Counts per month, quarter or year; by default the last twelve months.',
  })
  @RequireRoles(...STATISTICS_READERS)
  deviationTrend(
    @CurrentIdentity() identity: Identity,
    @Args('interval', { type: () => TrendIntervalEnum }) interval: TrendInterval,
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationTrendPoint[]> {
    return this.statistics.trend(identity, filter ?? {}, interval);
  }
}
