import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { RootCause } from './root-cause.entity';
import { CreateRootCauseInput, SetRootCauseActiveInput } from './root-causes.inputs';
import { RootCausesService } from './root-causes.service';

@Resolver(() => RootCause)
export class RootCausesResolver {
  constructor(private readonly rootCauseService: RootCausesService) {}

  @Query(() => [RootCause], { description: 'The managed list of root causes.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE')
  rootCauses(@Args('includeRetired', { defaultValue: false }) includeRetired: boolean): Promise<RootCause[]> {
    return this.rootCauseService.list(includeRetired);
  }

  @Mutation(() => RootCause)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  createRootCause(@Args('input') input: CreateRootCauseInput): Promise<RootCause> {
    return this.rootCauseService.create(input);
  }

  @Mutation(() => RootCause, { description: 'Retires a root cause (or brings it back); deviations keep theirs.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  setRootCauseActive(@Args('input') input: SetRootCauseActiveInput): Promise<RootCause> {
    return this.rootCauseService.setActive(input);
  }
}
