import { readFileSync } from 'node:fs';
import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import {
  aProviderInput,
  aUnitInput,
  monthBack,
  postGraphQL,
  queryDatabase,
  testServerUrl,
  waitFor,
  refusesUnknownId,
} from '@kvalitetsnav/testing';
import { CREATE_PROVIDER, CREATE_UNIT } from './gateway-operations';
import { composeSupergraph, DEFAULT_SUBGRAPH_URLS, fetchSubgraphSdl, SUPERGRAPH_FILE } from './supergraph';
import { Stack, startStack, SUBGRAPHS } from './stack';

const REPORT = `mutation($input: ReportDeviationInput!) { reportDeviation(input: $input) { id status kind } }`;
const CASE_FLOW = `mutation($input: SubmitCaseFlowReportInput!) { submitCaseFlowReport(input: $input) { id } }`;

describe('the whole system through the gateway (real processes, Postgres, Kafka)', () => {
  let stack: Stack;
  let graphql: string;
  let auth: Record<string, string>;

  beforeAll(async () => {
    stack = await startStack();
    graphql = `${stack.gatewayUrl}/graphql`;
    const token = await signUserToken(
      { sub: 'anna', name: 'Anna Uppföljare', roles: ['QUALITY_OFFICIAL'] },
      DEVELOPMENT_JWT_SECRET,
    );
    auth = { authorization: `Bearer ${token}` };
  });
  afterAll(() => stack?.close());

  const gql = (query: string, variables = {}, headers = auth) => postGraphQL<any>(graphql, query, variables, headers);

  it('serves the committed supergraph, which matches what the subgraphs compose to', async () => {
    const sources = await Promise.all(
      SUBGRAPHS.map(async (name) => ({
        name,
        url: DEFAULT_SUBGRAPH_URLS[name],
        sdl: await fetchSubgraphSdl(`${stack.subgraphs[name].url}/graphql`),
      })),
    );
    expect(readFileSync(SUPERGRAPH_FILE, 'utf8')).toBe(composeSupergraph(sources));
  });

  it('creates a provider and unit in contracts, which deviations learns of through Kafka; one query joins both', async () => {
    const provider = await postGraphQL(
      graphql,
      CREATE_PROVIDER,
      {
        input: aProviderInput({ name: 'Vårdbolaget Ek AB' }),
      },
      auth,
    );
    expect(provider.errors).toBeUndefined();
    const unit = await postGraphQL(
      graphql,
      CREATE_UNIT,
      {
        input: aUnitInput(provider.data!.createProvider.id, { name: 'Gruppbostad Eken' }),
      },
      auth,
    );
    expect(unit.errors).toBeUndefined();
    const unitId = unit.data!.createUnit.id;

    // The unit reaches deviations' read model through outbox → Kafka → inbox.
    await waitFor(() => rowExists(stack.databases[SUBGRAPHS.indexOf('deviations')], unitId), {
      what: 'unit in the deviations read model',
    });

    const reported = await gql(REPORT, {
      input: { unitId, kind: 'SOL_LSS', occurredOn: '2022-03-14', description: 'Utebliven insats på kvällen' },
    });
    expect(reported.errors).toBeUndefined();
    expect(reported.data.reportDeviation).toMatchObject({ status: 'REPORTED', kind: 'SOL_LSS' });

    const joined = await gql(
      `query($id: ID!) { unit(id: $id) { name provider { name } deviationStatistics { total open } } }`,
      { id: unitId },
    );
    expect(joined.errors).toBeUndefined();
    expect(joined.data.unit).toEqual({
      name: 'Gruppbostad Eken',
      provider: { name: 'Vårdbolaget Ek AB' },
      deviationStatistics: { total: 1, open: 1 },
    });

    // Surveys and forecasting keep their own copies too. Forecasting's shows in a write that
    // needs the unit: until its copy has it, a case-flow report answers NOT_FOUND, rule UNKNOWN.
    await waitFor(() => rowExists(stack.databases[SUBGRAPHS.indexOf('surveys')], unitId), {
      what: 'unit in the surveys read model',
    });
    const caseFlow = await waitFor(
      async () => {
        const reported = await gql(CASE_FLOW, {
          input: {
            unitId,
            service: 'LSS_GROUP_HOME',
            month: monthBack(1),
            source: 'ADMINISTRATION',
            incoming: 1,
            outgoing: 0,
            closedByReason: [],
          },
        });
        return refusesUnknownId(reported) ? false : reported;
      },
      {
        what: 'unit in the forecasting read model',
      },
    );
    expect(caseFlow.errors).toBeUndefined();
  });

  it('refuses a deviation on an unknown unit with extensions.code and the field', async () => {
    const result = await gql(REPORT, {
      input: {
        unitId: '00000000-0000-4000-8000-000000000000',
        kind: 'HSL',
        occurredOn: '2022-01-01',
        description: 'x',
      },
    });
    expect(result.errors?.[0]).toMatchObject({
      message: expect.stringContaining('is not a known unit'),
      extensions: { code: 'NOT_FOUND', field: 'unitId' },
    });
  });

  it('refuses a request without a token, and one with a forged token', async () => {
    const none = await gql(`{ providers { id } }`, {}, {});
    expect(none.status).toBe(401);
    expect(none.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await signUserToken(
      { sub: 'x', name: 'X', roles: ['ADMIN'] },
      'not-the-secret-not-the-secret-not-the-secret',
    );
    const refused = await gql(`{ providers { id } }`, {}, { authorization: `Bearer ${forged}` });
    expect(refused.status).toBe(401);
  });

  it('carries the request id from the gateway through the subgraph into the event envelope', async () => {
    const requestId = `e2e-${Date.now()}`;
    const created = await postGraphQL(
      graphql,
      CREATE_PROVIDER,
      { input: aProviderInput() },
      { ...auth, 'x-request-id': requestId },
    );
    expect(created.errors).toBeUndefined();
    const [envelope] = await query(
      stack.databases[SUBGRAPHS.indexOf('contracts')],
      `SELECT envelope FROM outbox WHERE envelope->'payload'->>'id' = $1`,
      [created.data!.createProvider.id],
    );
    expect(envelope.envelope).toMatchObject({ type: 'ProviderCreated', producer: 'contracts', requestId });
  });

  it('refuses a bad development sign-in request, naming the field', async () => {
    const res = await fetch(`${stack.gatewayUrl}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'SUPERUSER' }),
    });
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0]).toMatchObject({ field: 'role', code: 'VALIDATION_FAILED' });
  });

  it('issues development tokens that the gateway accepts', async () => {
    const res = await fetch(`${stack.gatewayUrl}/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'MANAGER', name: 'Maja Chef' }),
    });
    const { token } = await res.json();
    const result = await gql(`{ providers { id } }`, {}, { authorization: `Bearer ${token}` });
    expect(result.errors).toBeUndefined();
  });

  it("a subgraph reached directly, without the gateway's identity token, refuses the request", async () => {
    for (const name of SUBGRAPHS) {
      const result = await postGraphQL(`${stack.subgraphs[name].url}/graphql`, `{ __typename }`, {}, auth);
      expect({ name, status: result.status, code: result.errors?.[0]?.extensions?.code }).toEqual({
        name,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('reports ready when every subgraph is up', async () => {
    const ready = await fetch(`${stack.gatewayUrl}/health/ready`);
    expect(ready.status).toBe(200);
  });
});

const query = (database: string, sql: string, params: unknown[]) =>
  queryDatabase(testServerUrl(), database, sql, params);

async function rowExists(database: string, unitId: string): Promise<boolean> {
  return (await query(database, 'SELECT 1 FROM unit_ref WHERE id = $1', [unitId])).length === 1;
}
