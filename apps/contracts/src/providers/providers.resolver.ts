import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity, canSeeProvider } from '@kvalitetsnav/auth';
import { CurrentIdentity, LoaderContext, RequireRoles } from '@kvalitetsnav/service-kit';
import { Unit } from '../units/unit.entity';
import { UnitsService } from '../units/units.service';
import { CreateProviderInput } from './create-provider.input';
import { Provider } from './provider.entity';
import { ProvidersService } from './providers.service';

@Resolver(() => Provider)
export class ProvidersResolver {
  constructor(
    private readonly providerService: ProvidersService,
    private readonly unitService: UnitsService,
  ) {}

  @Query(() => [Provider], { description: "Providers; a provider's API key sees only its own." })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  providers(@CurrentIdentity() identity: Identity): Promise<Provider[]> {
    return this.providerService.list(identity);
  }

  @Query(() => Provider, { nullable: true })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER')
  async provider(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<Provider | null> {
    const provider = await this.providerService.findById(id);
    return provider && canSeeProvider(identity, provider.id) ? provider : null;
  }

  @Mutation(() => Provider)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  createProvider(@Args('input') input: CreateProviderInput, @CurrentIdentity() identity: Identity): Promise<Provider> {
    return this.providerService.create(input, identity);
  }

  @ResolveField(() => [Unit])
  units(@Parent() provider: Provider): Promise<Unit[]> {
    return this.unitService.listByProvider(provider.id);
  }

  // Nest passes a reference resolver the raw (reference, context) without parameter decorators.
  @ResolveReference()
  resolveReference(reference: { id: string }, context: LoaderContext): Promise<Provider | null> {
    return this.providerService.load(context, reference.id);
  }
}
