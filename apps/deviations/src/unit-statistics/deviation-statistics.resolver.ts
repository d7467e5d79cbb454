import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity } from '@kvalitetsnav/service-kit';
import { DeviationStatistics } from './deviation-statistics.model';
import { DeviationStatisticsService } from './deviation-statistics.service';

@Resolver(() => DeviationStatistics)
export class DeviationStatisticsResolver {
  constructor(private readonly statistics: DeviationStatisticsService) {}

  @Query(() => DeviationStatistics, { description: 'Deviation figures, optionally for one unit or provider.' })
  deviationStatistics(
    @CurrentIdentity() identity: Identity,
    @Args('unitId', { type: () => ID, nullable: true }) unitId?: string,
    @Args('providerId', { type: () => ID, nullable: true }) providerId?: string,
  ): Promise<DeviationStatistics> {
    const own = identity.roles.includes('PROVIDER') ? identity.providerId : undefined;
    return this.statistics.compute({ unitId, providerId: own ?? providerId });
  }
}
