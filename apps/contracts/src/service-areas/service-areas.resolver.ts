import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity, USER_ROLES } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { ServiceArea } from './service-area.entity';
import {
  RegisterSectorInput,
  RegisterServiceAreaInput,
  RenameSectorInput,
  UpdateServiceAreaInput,
} from './service-areas.inputs';
import { ServiceAreasService } from './service-areas.service';
import { Sector } from './sector.entity';

/** The lists are the vocabulary every screen and report names units by: everyone signed in reads them. */
@Resolver(() => ServiceArea)
export class ServiceAreasResolver {
  constructor(private readonly service: ServiceAreasService) {}

  @Query(() => [ServiceArea], { description: 'The service areas (verksamhetsområden), in list order.' })
  @RequireRoles(...USER_ROLES)
  serviceAreas(): Promise<ServiceArea[]> {
    return this.service.serviceAreas();
  }

  @ResolveField('sector', () => Sector)
  async sectorOf(@Parent() area: ServiceArea): Promise<Sector> {
    return (await this.service.sector(area.sectorCode)) as Sector;
  }

  @Mutation(() => ServiceArea, { description: 'Adds a service area, last in the list, without a release.' })
  @RequireRoles('ADMIN')
  registerServiceArea(
    @Args('input') input: RegisterServiceAreaInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceArea> {
    return this.service.registerServiceArea(input, identity);
  }

  @Mutation(() => ServiceArea, { description: 'Renames a service area or moves it to another sector; its code stays.' })
  @RequireRoles('ADMIN')
  updateServiceArea(
    @Args('input') input: UpdateServiceAreaInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<ServiceArea> {
    return this.service.updateServiceArea(input, identity);
  }
}

@Resolver(() => Sector)
export class SectorsResolver {
  constructor(private readonly service: ServiceAreasService) {}

  @Query(() => [Sector], { description: 'The sectors (sektorer), in list order.' })
  @RequireRoles(...USER_ROLES)
  sectors(): Promise<Sector[]> {
    return this.service.sectors();
  }

  @ResolveField('serviceAreas', () => [ServiceArea])
  serviceAreasOf(@Parent() sector: Sector): Promise<ServiceArea[]> {
    return this.service.serviceAreas(sector.code);
  }

  @Mutation(() => Sector)
  @RequireRoles('ADMIN')
  registerSector(@Args('input') input: RegisterSectorInput, @CurrentIdentity() identity: Identity): Promise<Sector> {
    return this.service.registerSector(input, identity);
  }

  @Mutation(() => Sector)
  @RequireRoles('ADMIN')
  renameSector(@Args('input') input: RenameSectorInput, @CurrentIdentity() identity: Identity): Promise<Sector> {
    return this.service.renameSector(input, identity);
  }
}
