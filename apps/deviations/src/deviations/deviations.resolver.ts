import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Deviation } from './deviation.entity';
import { DeviationsService } from './deviations.service';
import { ReportDeviationInput } from './report-deviation.input';

@Resolver(() => Deviation)
export class DeviationsResolver {
  constructor(private readonly deviationService: DeviationsService) {}

  @Query(() => [Deviation], { description: 'Deviations, newest first; a provider sees only its own.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  deviations(@CurrentIdentity() identity: Identity, @Args('unitId', { type: () => ID, nullable: true }) unitId?: string): Promise<Deviation[]> {
    return this.deviationService.list(identity, unitId);
  }

  @Mutation(() => Deviation)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  reportDeviation(@Args('input') input: ReportDeviationInput, @CurrentIdentity() identity: Identity): Promise<Deviation> {
    return this.deviationService.report(input, identity);
  }
}
