import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { commonViolation } from '@kvalitetsnav/codes';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { ProviderActivity } from './provider-activity.models';
import { ProviderActivityService } from './provider-activity.service';

@Resolver()
export class ProviderActivityResolver {
  constructor(private readonly activity: ProviderActivityService) {}

  @Query(() => [ProviderActivity], {
    description: "What providers handed in lately: reports and answers to follow-ups' required actions, newest first.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  providerActivity(@Args('limit', { type: () => Int, defaultValue: 20 }) limit: number): Promise<ProviderActivity[]> {
    if (limit < 1 || limit > 100) throw commonViolation('OUT_OF_RANGE', 'limit', { min: 1, max: 100, whole: true });
    return this.activity.latest(limit);
  }
}
