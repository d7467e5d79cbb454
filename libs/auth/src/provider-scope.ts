import { Identity } from './identity';

/** The provider a caller is confined to: set for providers' systems, undefined for officials. */
export function ownProviderId(identity: Identity): string | undefined {
  // IdentitySchema guarantees a providerId with the PROVIDER role.
  return identity.roles.includes('PROVIDER') ? identity.providerId : undefined;
}

/** A provider's system sees only its own provider's data; officials see every provider's. */
export function canSeeProvider(identity: Identity, providerId: string): boolean {
  const own = ownProviderId(identity);
  return own === undefined || own === providerId;
}
