import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Breakdown } from './breakdown-rules';
import { StatisticsGrouping, TrendInterval } from './statistics-rules';
import {
  DeviationBreakdown,
  DeviationBreakdownByEnum,
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

  @Query(() => DeviationStatistics, {
    description:
      "Deviation figures for the deviations the filter selects, with previousYear: the same for the filter's period one year earlier.",
  })
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

  @Query(() => DeviationBreakdown, {
    description:
      "Deviations counted by category, root cause, complaint category or complainant, each as a share of the deviations of the kinds it applies to, beside the same for the filter's period one year earlier.",
  })
  @RequireRoles(...STATISTICS_READERS)
  deviationBreakdown(
    @CurrentIdentity() identity: Identity,
    @Args('by', { type: () => DeviationBreakdownByEnum }) by: Breakdown,
    @Args('filter', { type: () => StatisticsFilter, nullable: true }) filter?: StatisticsFilter,
  ): Promise<DeviationBreakdown> {
    return this.statistics.breakdown(identity, filter ?? {}, by);
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
