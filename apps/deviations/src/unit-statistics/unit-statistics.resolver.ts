import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { DeviationStatistics } from './deviation-statistics.model';
import { DeviationStatisticsService } from './deviation-statistics.service';
import { Unit } from './unit.model';

/** Extends contracts' Unit with its deviation figures. */
@Resolver(() => Unit)
export class UnitStatisticsResolver {
  constructor(private readonly statistics: DeviationStatisticsService) {}

  @ResolveField(() => DeviationStatistics)
  deviationStatistics(@Parent() unit: Unit): Promise<DeviationStatistics> {
    return this.statistics.compute({ unitId: unit.id });
  }
}
