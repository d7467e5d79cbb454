import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { LinkFollowUpInput } from './follow-ups.inputs';
import { FollowUpsService } from './follow-ups.service';

@Resolver()
export class FollowUpsResolver {
  constructor(private readonly followUps: FollowUpsService) {}

  @Mutation(() => Deviation, {
    description: "Links a deviation's actions to the contracts follow-up that required them.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE')
  linkDeviationToFollowUp(
    @Args('input') input: LinkFollowUpInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.followUps.link(input, identity);
  }
}
