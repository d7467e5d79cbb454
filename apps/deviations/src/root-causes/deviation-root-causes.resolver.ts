import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { RootCause } from './root-cause.entity';
import { SetRootCausesInput } from './root-causes.inputs';
import { RootCausesService } from './root-causes.service';

/** A deviation's root causes: the field on Deviation, and choosing them. */
@Resolver(() => Deviation)
export class DeviationRootCausesResolver {
  constructor(private readonly rootCauseService: RootCausesService) {}

  @Mutation(() => Deviation, { description: 'Replaces the root causes of a deviation.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE')
  setDeviationRootCauses(
    @Args('input') input: SetRootCausesInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<Deviation> {
    return this.rootCauseService.setForDeviation(input, identity);
  }

  @ResolveField(() => [RootCause])
  rootCauses(@Parent() deviation: Deviation): Promise<RootCause[]> {
    return this.rootCauseService.ofDeviation(deviation.id);
  }
}
