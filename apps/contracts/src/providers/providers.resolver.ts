import { Args, ID, Mutation, Query, Resolver, ResolveReference } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, LoaderContext, RequireRoles } from '@kvalitetsnav/service-kit';
import { CreateProviderInput, UpdateProviderInput } from './providers.inputs';
import { Provider } from './provider.entity';
import { ProvidersPageInput } from './providers.inputs';
import { ProvidersPage } from './providers.models';
import { ProvidersService } from './providers.service';

@Resolver(() => Provider)
export class ProvidersResolver {
  constructor(private readonly providerService: ProvidersService) {}

  @Query(() => [Provider], { description: "Providers; a provider's API key sees only its own." })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE', 'ORDERING')
  providers(@CurrentIdentity() identity: Identity): Promise<Provider[]> {
    return this.providerService.list(identity);
  }

  @Query(() => ProvidersPage, {
    description: "A part of the providers, filtered and sorted on the server; a provider's API key sees only its own.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE', 'ORDERING')
  providersPage(
    @CurrentIdentity() identity: Identity,
    @Args('page', { type: () => ProvidersPageInput, nullable: true }) page?: ProvidersPageInput,
  ): Promise<ProvidersPage> {
    return this.providerService.page(identity, page ?? {});
  }

  @Query(() => Provider, { nullable: true, description: 'Null for an id that names no provider the caller may see.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER', 'MEDICALLY_RESPONSIBLE', 'ORDERING')
  provider(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<Provider | null> {
    return this.providerService.findVisible(id, identity);
  }

  @Mutation(() => Provider)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  createProvider(@Args('input') input: CreateProviderInput, @CurrentIdentity() identity: Identity): Promise<Provider> {
    return this.providerService.create(input, identity);
  }

  @Mutation(() => Provider, { description: 'Changes the fields given; the rest stay as they are.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  updateProvider(@Args('input') input: UpdateProviderInput, @CurrentIdentity() identity: Identity): Promise<Provider> {
    return this.providerService.update(input, identity);
  }

  // Nest passes a reference resolver the raw (reference, context) without parameter decorators.
  @ResolveReference()
  resolveReference(reference: { id: string }, context: LoaderContext): Promise<Provider | null> {
    return this.providerService.load(context, reference.id);
  }
}
