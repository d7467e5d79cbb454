import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { Provider } from '../providers/provider.entity';
import { ProviderContact } from './provider-contact.entity';
import { AddProviderContactInput, UpdateProviderContactInput } from './provider-contacts.inputs';
import { ProviderContactsService } from './provider-contacts.service';

@Resolver(() => Provider)
export class ProviderContactsResolver {
  constructor(private readonly contactService: ProviderContactsService) {}

  @ResolveField(() => [ProviderContact], {
    description:
      'Who at the provider gets reminders, and about what; for ADMIN, QUALITY_OFFICIAL and the provider itself.',
  })
  contacts(@Parent() provider: Provider, @CurrentIdentity() identity: Identity): Promise<ProviderContact[]> {
    return this.contactService.list(identity, provider.id);
  }

  @Mutation(() => ProviderContact, { description: "A provider's own staff may add contacts to their own provider." })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER')
  addProviderContact(
    @Args('input') input: AddProviderContactInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProviderContact> {
    return this.contactService.add(input, identity);
  }

  @Mutation(() => ProviderContact, { description: 'Changes the fields given; the rest stay as they are.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER')
  updateProviderContact(
    @Args('input') input: UpdateProviderContactInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProviderContact> {
    return this.contactService.update(input, identity);
  }

  @Mutation(() => ProviderContact, { description: 'The contact as it was; it gets no more reminders.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER')
  removeProviderContact(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProviderContact> {
    return this.contactService.remove(id, identity);
  }
}
