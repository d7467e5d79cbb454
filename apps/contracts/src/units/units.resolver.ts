import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, LoaderContext, RequireRoles } from '@kvalitetsnav/service-kit';
import { Board } from '../boards/board.entity';
import { BoardsService } from '../boards/boards.service';
import { Department } from '../boards/department.entity';
import { Provider } from '../providers/provider.entity';
import { ServiceAreasService } from '../service-areas/service-areas.service';
import { ProvidersService } from '../providers/providers.service';
import { CreateUnitInput, UpdateUnitInput } from './units.inputs';
import { UnitExternalCode } from './unit-external-code.entity';
import { Unit } from './unit.entity';
import { UnitsService } from './units.service';

@Resolver(() => Unit)
export class UnitsResolver {
  constructor(
    private readonly unitService: UnitsService,
    private readonly providerService: ProvidersService,
    private readonly boards: BoardsService,
    private readonly serviceAreas: ServiceAreasService,
  ) {}

  @ResolveField(() => Board, { nullable: true })
  board(@Parent() unit: Unit, @Context() context: LoaderContext): Promise<Board | null> | null {
    return unit.boardId ? this.boards.load(context, unit.boardId) : null;
  }

  @ResolveField(() => String, { description: "The name of the unit's service area on the municipality's list." })
  serviceAreaName(@Parent() unit: Unit, @Context() context: LoaderContext): Promise<string> {
    return this.serviceAreas.loadName(context, unit.serviceArea);
  }

  @ResolveField(() => [UnitExternalCode], {
    description: "The unit's codes in other systems; imports find it by them.",
  })
  externalCodes(@Parent() unit: Unit, @Context() context: LoaderContext): Promise<UnitExternalCode[]> {
    return this.unitService.loadExternalCodes(context, unit.id);
  }

  @ResolveField(() => Department, { nullable: true })
  department(@Parent() unit: Unit, @Context() context: LoaderContext): Promise<Department | null> | null {
    return unit.departmentId ? this.boards.loadDepartment(context, unit.departmentId) : null;
  }

  @Query(() => [Unit])
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE', 'ORDERING')
  units(
    @CurrentIdentity() identity: Identity,
    @Args('providerId', { type: () => ID, nullable: true }) providerId?: string,
  ): Promise<Unit[]> {
    return this.unitService.list(identity, providerId);
  }

  @Query(() => Unit, { nullable: true, description: 'Null for an id that names no unit the caller may see.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE', 'ORDERING')
  unit(@Args('id', { type: () => ID }) id: string, @CurrentIdentity() identity: Identity): Promise<Unit | null> {
    return this.unitService.findVisible(id, identity);
  }

  @Mutation(() => Unit)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  createUnit(@Args('input') input: CreateUnitInput, @CurrentIdentity() identity: Identity): Promise<Unit> {
    return this.unitService.create(input, identity);
  }

  @Mutation(() => Unit, { description: 'Changes the fields given; the rest stay as they are.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  updateUnit(@Args('input') input: UpdateUnitInput, @CurrentIdentity() identity: Identity): Promise<Unit> {
    return this.unitService.update(input, identity);
  }

  @ResolveField(() => Provider)
  async provider(@Parent() unit: Unit, @Context() context: LoaderContext): Promise<Provider> {
    return unit.provider ?? (await this.providerService.load(context, unit.providerId))!;
  }

  // Nest passes a reference resolver the raw (reference, context) without parameter decorators.
  @ResolveReference()
  resolveReference(reference: { id: string }, context: LoaderContext): Promise<Unit | null> {
    return this.unitService.load(context, reference.id);
  }
}

/** A provider's units: the field lives with units so providers need not know them. */
@Resolver(() => Provider)
export class ProviderUnitsResolver {
  constructor(private readonly unitService: UnitsService) {}

  @ResolveField(() => [Unit])
  units(@Parent() provider: Provider): Promise<Unit[]> {
    return this.unitService.listByProvider(provider.id);
  }
}
