import { decodeJwt } from 'jose';
import { LRUCache } from 'lru-cache';
import { Identity } from './identity';
import { UserTokenVerifier } from './tokens';

export interface VerifiedTokenCacheOptions {
  /** How long a verified token is taken on trust; never past its own expiry. */
  seconds?: number;
  max?: number;
}

/**
 * A client sends the same bearer token with every request, and checking its signature and claims
 * each time was a visible share of the gateway's CPU. Only tokens that passed are remembered,
 * keyed by the whole token (signature included), for a short time that never outlives the
 * token's `exp`; a rotated-out signing key is thus honoured at most `seconds` longer.
 */
export function cacheVerifiedTokens(
  verify: UserTokenVerifier,
  { seconds = 30, max = 10_000 }: VerifiedTokenCacheOptions = {},
): UserTokenVerifier {
  const verified = new LRUCache<string, Identity>({ max });
  // Callers get their own copy: one request must not be able to change another's identity.
  const copy = (identity: Identity): Identity => ({ ...identity, roles: [...identity.roles] });
  return async (token) => {
    const known = verified.get(token);
    if (known) return copy(known);
    const identity = await verify(token);
    const { exp } = decodeJwt(token);
    const ttl = Math.min(seconds * 1000, typeof exp === 'number' ? exp * 1000 - Date.now() : 0);
    if (ttl >= 1) verified.set(token, identity, { ttl: Math.floor(ttl) });
    return copy(identity);
  };
}
