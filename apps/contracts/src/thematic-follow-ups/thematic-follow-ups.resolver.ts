import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { FollowUp } from '../follow-ups/follow-up.entity';
import {
  CreateThematicFollowUpInput,
  RecordUnitFindingsInput,
  StartSpecificFollowUpsInput,
} from './thematic-follow-ups.inputs';
import { ThematicFollowUp } from './thematic-follow-ups.models';
import { ThematicFollowUpsService } from './thematic-follow-ups.service';

const OFFICIALS = ['ADMIN', 'QUALITY_OFFICIAL'] as const;

@Resolver(() => FollowUp)
export class ThematicFollowUpsResolver {
  constructor(private readonly thematic: ThematicFollowUpsService) {}

  @Query(() => ThematicFollowUp, { nullable: true, description: 'Null unless the id names a thematic follow-up.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'MEDICALLY_RESPONSIBLE')
  thematicFollowUp(@Args('followUpId', { type: () => ID }) followUpId: string): Promise<ThematicFollowUp | null> {
    return this.thematic.find(followUpId);
  }

  @Mutation(() => ThematicFollowUp)
  @RequireRoles(...OFFICIALS)
  createThematicFollowUp(
    @Args('input') input: CreateThematicFollowUpInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<ThematicFollowUp> {
    return this.thematic.create(input, identity);
  }

  // The MAS/MAR takes part in follow-ups: they record what they found at a unit too.
  @Mutation(() => ThematicFollowUp, { description: "Saves one unit's answers whole, or refuses them all." })
  @RequireRoles(...OFFICIALS, 'MEDICALLY_RESPONSIBLE')
  recordUnitFindings(@Args('input') input: RecordUnitFindingsInput): Promise<ThematicFollowUp> {
    return this.thematic.recordFindings(input);
  }

  @Mutation(() => [FollowUp], { description: 'Starts a specific follow-up of each chosen unit, linked to this one.' })
  @RequireRoles(...OFFICIALS)
  startSpecificFollowUps(
    @Args('input') input: StartSpecificFollowUpsInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<FollowUp[]> {
    return this.thematic.startSpecific(input, identity);
  }

  @ResolveField(() => ID, {
    nullable: true,
    description: 'The overarching or thematic follow-up this one was started from.',
  })
  parentFollowUpId(@Parent() followUp: FollowUp): Promise<string | null> {
    return this.thematic.parentOf(followUp.id);
  }
}
