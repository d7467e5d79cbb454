import { createDevTokenFetch, Role } from './dev-token-fetch';

/** A stand-in gateway: hands out numbered tokens and answers /graphql with the status asked for. */
function fakeGateway(graphqlStatuses: number[] = []) {
  const calls: { url: string; role?: string; authorization: string | null }[] = [];
  let issued = 0;
  const send = jest.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = String(input);
    const authorization = new Headers(init.headers).get('authorization');
    if (url === '/auth/dev-token') {
      const { role } = JSON.parse(String(init.body)) as { role: string };
      calls.push({ url, role, authorization });
      return Response.json({ token: `token-${++issued}-${role}` });
    }
    calls.push({ url, authorization });
    return new Response('{}', { status: graphqlStatuses.shift() ?? 200 });
  }) as unknown as typeof fetch;
  return { send, calls };
}

describe("GraphiQL's development sign-in", () => {
  it('sends a token for the role chosen at the moment, asking for each role once', async () => {
    const { send, calls } = fakeGateway();
    let role: Role = 'QUALITY_OFFICIAL';
    const devFetch = createDevTokenFetch(() => role, send);
    await devFetch('/graphql', { method: 'POST', body: '{}' });
    await devFetch('/graphql', { method: 'POST', body: '{}' });
    role = 'MANAGER';
    await devFetch('/graphql', { method: 'POST', body: '{}' });
    expect(calls).toEqual([
      { url: '/auth/dev-token', role: 'QUALITY_OFFICIAL', authorization: null },
      { url: '/graphql', authorization: 'Bearer token-1-QUALITY_OFFICIAL' },
      { url: '/graphql', authorization: 'Bearer token-1-QUALITY_OFFICIAL' },
      { url: '/auth/dev-token', role: 'MANAGER', authorization: null },
      { url: '/graphql', authorization: 'Bearer token-2-MANAGER' },
    ]);
  });

  it("leaves credentials typed into GraphiQL's headers editor alone", async () => {
    const { send, calls } = fakeGateway();
    const devFetch = createDevTokenFetch(() => 'ADMIN', send);
    await devFetch('/graphql', { headers: { Authorization: 'Bearer mine' } });
    await devFetch('/graphql', { headers: { 'x-api-key': 'kvn_key' } });
    expect(calls.map((c) => [c.url, c.authorization])).toEqual([
      ['/graphql', 'Bearer mine'],
      ['/graphql', null],
    ]);
  });

  it('replaces a token the gateway no longer accepts, once', async () => {
    const { send, calls } = fakeGateway([401, 200]);
    const devFetch = createDevTokenFetch(() => 'ADMIN', send);
    expect((await devFetch('/graphql', {})).status).toBe(200);
    expect(calls.map((c) => c.authorization ?? c.role)).toEqual([
      'ADMIN',
      'Bearer token-1-ADMIN',
      'ADMIN',
      'Bearer token-2-ADMIN',
    ]);
  });

  it('says in Swedish what to do where development sign-in is off', async () => {
    const send = jest.fn(async () => new Response('', { status: 404 })) as unknown as typeof fetch;
    const devFetch = createDevTokenFetch(() => 'ADMIN', send);
    await expect(devFetch('/graphql', {})).rejects.toThrow(/Utvecklingsinloggningen är avstängd/);
  });
});
