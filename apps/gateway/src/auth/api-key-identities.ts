import { createHash } from 'node:crypto';
import { Identity, IDENTITY_HEADER, signIdentityHandoff } from '@kvalitetsnav/auth';

const GATEWAY_IDENTITY: Identity = { sub: 'system:gateway', name: 'Kvalitetsnav gateway', roles: ['SYSTEM'] };
/** A revoked key stops working within this long; a known key costs contracts one call per period. */
const VALID_FOR_MS = 30_000;
const INVALID_FOR_MS = 5_000;
const MAX_ENTRIES = 10_000;

interface Entry {
  identity: Identity | null;
  expires: number;
}

/**
 * Turns a provider's x-api-key into a PROVIDER identity by asking contracts, which owns the
 * keys. Answers are cached briefly by the key's hash (never the key itself).
 */
export class ApiKeyIdentities {
  private readonly cache = new Map<string, Entry>();
  private readonly resolveUrl: string;

  constructor(
    contractsGraphqlUrl: string,
    private readonly handoffSecret: string,
    private readonly now: () => number = Date.now,
  ) {
    this.resolveUrl = new URL('/internal/api-keys/resolve', contractsGraphqlUrl).toString();
  }

  async identify(key: string): Promise<Identity | null> {
    const cacheKey = createHash('sha256').update(key).digest('hex');
    const cached = this.cache.get(cacheKey);
    if (cached && cached.expires > this.now()) return cached.identity;
    const identity = await this.ask(key);
    if (this.cache.size >= MAX_ENTRIES) this.cache.delete(this.cache.keys().next().value!);
    this.cache.set(cacheKey, { identity, expires: this.now() + (identity ? VALID_FOR_MS : INVALID_FOR_MS) });
    return identity;
  }

  private async ask(key: string): Promise<Identity | null> {
    const response = await fetch(this.resolveUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        [IDENTITY_HEADER]: await signIdentityHandoff({ identity: GATEWAY_IDENTITY }, this.handoffSecret),
      },
      body: JSON.stringify({ key }),
      signal: AbortSignal.timeout(5_000),
    });
    if (response.status === 404) return null;
    if (!response.ok) throw new Error(`API key check failed with HTTP ${response.status}`);
    const found = (await response.json()) as {
      keyId: string;
      keyName: string;
      providerId: string;
      providerName: string;
    };
    return {
      sub: `api-key:${found.keyId}`,
      name: `${found.providerName} (${found.keyName})`,
      roles: ['PROVIDER'],
      providerId: found.providerId,
    };
  }
}
