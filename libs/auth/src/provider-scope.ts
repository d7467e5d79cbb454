import { Identity } from './identity';

/** The provider a caller is confined to: set for providers (systems and staff), undefined for officials. */
export function ownProviderId(identity: Identity): string | undefined {
  // IdentitySchema guarantees a providerId with the PROVIDER role.
  return identity.roles.includes('PROVIDER') ? identity.providerId : undefined;
}

/** A provider sees only its own provider's data; officials see every provider's. */
export function canSeeProvider(identity: Identity, providerId: string): boolean {
  const own = ownProviderId(identity);
  return own === undefined || own === providerId;
}

/**
 * Whether the caller may see a row owned by `providerId`; a row of no provider (the
 * administration's own, e.g. an overarching follow-up) is for officials only.
 */
export function canSeeRow(identity: Identity, providerId: string | null): boolean {
  const own = ownProviderId(identity);
  return own === undefined || (providerId !== null && own === providerId);
}

/** A list filter that matches nothing: a provider asked for another provider's rows. */
export const NO_ROWS = Symbol('no rows');

/**
 * The provider a list is filtered by: the one asked for (undefined: all) for officials, always
 * the caller's own for a provider, and NO_ROWS when a provider asks for another's.
 */
export function providerFilter(identity: Identity, requested?: string | null): string | undefined | typeof NO_ROWS {
  const own = ownProviderId(identity);
  if (own === undefined) return requested ?? undefined;
  return requested && requested !== own ? NO_ROWS : own;
}
