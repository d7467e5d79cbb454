import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { aProviderInput, postGraphQL } from '@kvalitetsnav/testing';
import { Stack, startStack } from './stack';

/** Hostile queries are refused at the gateway with a clear code, and the services never notice. */
describe('the gateway as a public front door', () => {
  let stack: Stack;
  let graphql: string;
  const as = async (sub: string) => ({
    authorization: `Bearer ${await signUserToken({ sub, name: sub, roles: ['QUALITY_OFFICIAL'] }, DEVELOPMENT_JWT_SECRET)}`,
  });
  const gql = async (query: string, sub: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(graphql, query, variables, await as(sub));
  const providerCount = async () => (await gql('{ providers { id } }', 'counter')).data.providers.length;

  beforeAll(async () => {
    stack = await startStack({ gatewayEnv: { RATE_LIMIT_PER_MINUTE: '40' } });
    graphql = `${stack.gatewayUrl}/graphql`;
    await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, 'setup', {
      i: aProviderInput(),
    });
  });
  afterAll(() => stack?.close());

  it('refuses a query nested too deep', async () => {
    let selection = 'id';
    for (let i = 0; i < 6; i++) selection = `units { provider { ${selection} } }`;
    const result = await gql(`{ providers { ${selection} } }`, 'deep');
    expect({ status: result.status, code: result.errors?.[0]?.extensions?.code }).toEqual({
      status: 400,
      code: 'QUERY_TOO_DEEP',
    });
    expect(result.errors?.[0]?.message).toMatch(/depth limit of 10 exceeded/);
  });

  it('refuses a query whose lists multiply past the cost limit', async () => {
    const result = await gql(
      '{ providers { units { provider { units { provider { units { id name } } } } } } }',
      'costly',
    );
    expect({ status: result.status, code: result.errors?.[0]?.extensions?.code }).toEqual({
      status: 400,
      code: 'QUERY_TOO_COSTLY',
    });
    expect(result.errors?.[0]?.message).toMatch(/^query cost \d+ exceeds the limit of 50000/);
  });

  it('refuses an alias flood and a batch of operations', async () => {
    const aliases = Array.from({ length: 300 }, (_, i) => `a${i}: providers { id }`).join(' ');
    const flood = await gql(`{ ${aliases} }`, 'aliases');
    expect(flood.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ALIASES');
    const batch = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await as('batch')) },
      body: JSON.stringify([{ query: '{ providers { id } }' }, { query: '{ units { id } }' }]),
    });
    expect(batch.status).toBe(400);
    expect(await batch.text()).toMatch(/batching/i);
  });

  it('refuses a body over 5 MB with 413, and huge variables never reach a service', async () => {
    const before = await providerCount();
    const huge = 'x'.repeat(6 * 1024 * 1024);
    const response = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await as('huge')) },
      body: JSON.stringify({
        query: 'mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }',
        variables: { i: { ...aProviderInput(), name: huge } },
      }),
    });
    expect(response.status).toBe(413);
    expect(await providerCount()).toBe(before);
  });

  it('limits requests per user with 429 and a retry hint, leaving other users alone', async () => {
    const headers = await as('flooder');
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (let i = 0; i < 45; i++) {
      const res = await fetch(graphql, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ providers { id } }' }),
      });
      statuses.push(res.status);
      if (res.status === 429) {
        retryAfter = res.headers.get('retry-after');
        expect((await res.json()).errors[0].extensions).toMatchObject({
          code: 'RATE_LIMITED',
          retryAfterSeconds: expect.any(Number),
        });
      }
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(40);
    expect(statuses.filter((s) => s === 429)).toHaveLength(5);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect((await gql('{ providers { id } }', 'someone-else')).status).toBe(200);
  });

  it('sends security headers', async () => {
    const res = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(await as('headers')) },
      body: JSON.stringify({ query: '{ providers { id } }' }),
    });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toContain('max-age');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('lets no internal detail out when a subgraph is down', async () => {
    await stack.subgraphs.deviations.stop();
    const result = await gql('{ deviations { id } }', 'down');
    const text = JSON.stringify(result);
    expect(result.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost|stack|at .*\.js/);
    expect((await gql('{ providers { id } }', 'down')).status).toBe(200);
  });
});
