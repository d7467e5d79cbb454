import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { ApiKeysService } from './api-keys.service';
import { CreatedProviderApiKey } from './api-keys.models';
import { CreateProviderApiKeyInput } from './api-keys.inputs';
import { ProviderApiKey } from './provider-api-key.entity';

/**
 * Admins issue, list and revoke the keys providers' systems use; a provider's staff member reads
 * its own provider's list (never a key itself) to see which integrations are live.
 */
@Resolver(() => ProviderApiKey)
@RequireRoles('ADMIN')
export class ApiKeysResolver {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Query(() => [ProviderApiKey], {
    description:
      "A provider's API keys, newest first (never the keys themselves); a provider reads its own, another's is empty.",
  })
  @RequireRoles('ADMIN', 'PROVIDER')
  providerApiKeys(
    @Args('providerId', { type: () => ID }) providerId: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<ProviderApiKey[]> {
    return this.apiKeys.list(providerId, identity);
  }

  @Mutation(() => CreatedProviderApiKey)
  createProviderApiKey(
    @Args('input') input: CreateProviderApiKeyInput,
    @CurrentIdentity() admin: Identity,
  ): Promise<CreatedProviderApiKey> {
    return this.apiKeys.create(input, admin);
  }

  @Mutation(() => ProviderApiKey)
  revokeProviderApiKey(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() admin: Identity,
  ): Promise<ProviderApiKey> {
    return this.apiKeys.revoke(id, admin);
  }
}
