import { DataSource } from 'typeorm';
import {
  adminIdentity,
  aProviderInput,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  RunningService,
  startTestService,
} from '@kvalitetsnav/testing';
import { ContractsAppModule } from '../app.module';
import { loadContractsConfig } from '../config';

const CREATE_KEY = `mutation($input: CreateProviderApiKeyInput!) { createProviderApiKey(input: $input) { key apiKey { id name prefix providerId revokedAt } } }`;

describe('provider API keys (real Postgres)', () => {
  let service: RunningService;
  let admin: Record<string, string>;
  let providerId: string;

  const resolve = async (
    key: unknown,
    identity = { sub: 'system:gateway', name: 'Gateway', roles: ['SYSTEM' as const] },
  ) =>
    fetch(`${service.url}/internal/api-keys/resolve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await handoffHeaders(identity)) },
      body: JSON.stringify({ key }),
    });

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    admin = await handoffHeaders(adminIdentity);
    const created = await postGraphQL<any>(
      service.graphqlUrl,
      `mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`,
      { i: aProviderInput({ name: 'Nyckelbolaget AB' }) },
      admin,
    );
    providerId = created.data.createProvider.id;
  });
  afterAll(() => service?.close());

  it('issues a key once, stores only its hash, and resolves it to the provider', async () => {
    const created = await postGraphQL<any>(
      service.graphqlUrl,
      CREATE_KEY,
      { input: { providerId, name: 'Verksamhetssystem' } },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const { key, apiKey } = created.data.createProviderApiKey;
    expect(key).toMatch(new RegExp(`^kvn_${apiKey.prefix}_`));

    const rows = await service.app.get(DataSource).query(`SELECT * FROM provider_api_key WHERE id = $1`, [apiKey.id]);
    expect(JSON.stringify(rows)).not.toContain(key);

    const listed = await postGraphQL<any>(
      service.graphqlUrl,
      `query($p: ID!) { providerApiKeys(providerId: $p) { id name prefix } }`,
      { p: providerId },
      admin,
    );
    expect(listed.data.providerApiKeys).toEqual([{ id: apiKey.id, name: 'Verksamhetssystem', prefix: apiKey.prefix }]);

    const resolved = await resolve(key);
    expect(resolved.status).toBe(200);
    expect(await resolved.json()).toEqual({
      keyId: apiKey.id,
      keyName: 'Verksamhetssystem',
      providerId,
      providerName: 'Nyckelbolaget AB',
    });
  });

  it('stops resolving a revoked key', async () => {
    const { data } = await postGraphQL<any>(
      service.graphqlUrl,
      CREATE_KEY,
      { input: { providerId, name: 'Gammal nyckel' } },
      admin,
    );
    const revoked = await postGraphQL<any>(
      service.graphqlUrl,
      `mutation($id: ID!) { revokeProviderApiKey(id: $id) { revokedAt } }`,
      { id: data.createProviderApiKey.apiKey.id },
      admin,
    );
    expect(revoked.data.revokeProviderApiKey.revokedAt).toEqual(expect.any(String));
    expect((await resolve(data.createProviderApiKey.key)).status).toBe(404);
  });

  it('refuses unknown, malformed and forged keys alike', async () => {
    for (const key of ['kvn_0123456789_' + 'a'.repeat(43), 'not a key', 42, '']) {
      expect({ key, status: (await resolve(key)).status }).toEqual({ key, status: 404 });
    }
  });

  it('lets only the gateway resolve keys, and only admins manage them', async () => {
    expect((await resolve('x', officialIdentity as any)).status).toBe(403);
    const noIdentity = await fetch(`${service.url}/internal/api-keys/resolve`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"key":"x"}',
    });
    expect(noIdentity.status).toBe(401);
    const asOfficial = await postGraphQL(
      service.graphqlUrl,
      CREATE_KEY,
      { input: { providerId, name: 'x' } },
      await handoffHeaders(officialIdentity),
    );
    expect(asOfficial.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a key for an unknown provider or without a name, naming the field', async () => {
    const unknown = await postGraphQL(
      service.graphqlUrl,
      CREATE_KEY,
      { input: { providerId: '00000000-0000-4000-8000-000000000000', name: 'x' } },
      admin,
    );
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'providerId' } });
    const unnamed = await postGraphQL(service.graphqlUrl, CREATE_KEY, { input: { providerId, name: '' } }, admin);
    expect(unnamed.errors?.[0]).toMatchObject({
      message: expect.stringContaining('name must be 1 to 100 characters'),
      extensions: { code: 'VALIDATION_FAILED' },
    });
  });

  it("lets a provider's staff read their own keys with when each was last used, and another provider's as none", async () => {
    const other = await postGraphQL<any>(
      service.graphqlUrl,
      `mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`,
      { i: aProviderInput({ name: 'Andra bolaget AB' }) },
      admin,
    );
    const otherId = other.data.createProvider.id;
    const issued = await postGraphQL<any>(
      service.graphqlUrl,
      CREATE_KEY,
      { input: { providerId, name: 'Schemasystem' } },
      admin,
    );
    const { key, apiKey } = issued.data.createProviderApiKey;
    const staff = await handoffHeaders({ sub: 'staff-1', name: 'Pia', roles: ['PROVIDER'], providerId });
    const keysOf = async (p: string, headers = staff) =>
      (
        await postGraphQL<any>(
          service.graphqlUrl,
          `query($p: ID!) { providerApiKeys(providerId: $p) { id name lastUsedAt } }`,
          { p },
          headers,
        )
      ).data.providerApiKeys;
    expect((await keysOf(providerId)).find((k: { id: string }) => k.id === apiKey.id)).toEqual({
      id: apiKey.id,
      name: 'Schemasystem',
      lastUsedAt: null,
    });
    expect(await keysOf(otherId)).toEqual([]);

    expect((await resolve(key)).status).toBe(200);
    const used = (await keysOf(providerId)).find((k: { id: string }) => k.id === apiKey.id).lastUsedAt;
    expect(used).toEqual(expect.any(String));
    // Used again within the minute: nothing written, the recorded time stays.
    expect((await resolve(key)).status).toBe(200);
    expect((await keysOf(providerId)).find((k: { id: string }) => k.id === apiKey.id).lastUsedAt).toBe(used);

    const asOfficial = await postGraphQL(
      service.graphqlUrl,
      `query($p: ID!) { providerApiKeys(providerId: $p) { id } }`,
      { p: providerId },
      await handoffHeaders(officialIdentity),
    );
    expect(asOfficial.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
