import { DEVELOPMENT_JWT_SECRET, signUserToken } from '@kvalitetsnav/auth';
import { monthBack, postGraphQL, waitFor, refusesUnknownId } from '@kvalitetsnav/testing';
import { issueApiKey, registerProvider, registerUnit } from './register';
import { Stack, startStack } from './stack';

describe('a provider reporting case flows through the gateway and getting a forecast', () => {
  let stack: Stack;
  let admin: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    postGraphQL<any>(`${stack.gatewayUrl}/graphql`, query, variables, headers);

  beforeAll(async () => {
    stack = await startStack();
    admin = {
      authorization: `Bearer ${await signUserToken({ sub: 'admin', name: 'Admin', roles: ['ADMIN'] }, DEVELOPMENT_JWT_SECRET)}`,
    };
  });
  afterAll(() => stack?.close());

  it('reports 36 months with its API key, is refused for another provider, and gets a forecast', async () => {
    const gatewayUrl = stack.gatewayUrl!;
    const { id: providerId } = await registerProvider(gatewayUrl, admin, { name: 'Familjestöd i Öst AB' });
    const { id: unitId } = await registerUnit(gatewayUrl, admin, providerId, {
      serviceArea: 'FAMILY_SUPPORT',
      name: 'Familjestöd Öst',
    });
    const { id: otherProvider } = await registerProvider(gatewayUrl, admin);
    const { id: otherUnit } = await registerUnit(gatewayUrl, admin, otherProvider, {
      serviceArea: 'FAMILY_SUPPORT',
    });
    const asProvider = await issueApiKey(gatewayUrl, admin, providerId, 'Verksamhetssystem');
    // Forecasting learns of units through Kafka: until its copy has a unit, a report on it answers
    // NOT_FOUND with rule UNKNOWN. The first report on each unit waits for that.
    const whenKnown = (write: () => Promise<any>) =>
      waitFor(
        async () => {
          const result = await write();
          return refusesUnknownId(result) ? false : result;
        },
        { what: 'units in the forecasting read model' },
      );

    const submit = (unit: string, back: number, incoming: number, outgoing: number) =>
      gql(
        `mutation($i: SubmitCaseFlowReportInput!) { submitCaseFlowReport(input: $i) { version } }`,
        {
          i: {
            unitId: unit,
            service: 'FAMILY_SUPPORT',
            month: monthBack(back),
            incoming,
            outgoing,
            closedByReason: [{ reason: 'GOALS_MET', count: outgoing }],
          },
        },
        asProvider,
      );
    const season = [6, 4, 2, 0, -1, -3, -9, -4, 3, 5, 4, 1];
    for (let back = 36; back >= 1; back--) {
      const m = Number(monthBack(back).slice(5, 7)) - 1;
      const write = () =>
        submit(unitId, back, 30 + season[m] + Math.round((36 - back) / 4), 28 + Math.round(season[m] / 2));
      const result = back === 36 ? await whenKnown(write) : await write();
      expect(result.errors).toBeUndefined();
    }
    // Once forecasting knows the other provider's unit, the provider is refused on it exactly as on
    // a unit that does not exist: nothing tells it the unit is there.
    const administration = await whenKnown(() =>
      gql(
        `mutation($i: SubmitCaseFlowReportInput!) { submitCaseFlowReport(input: $i) { version } }`,
        {
          i: {
            unitId: otherUnit,
            service: 'FAMILY_SUPPORT',
            month: monthBack(1),
            source: 'ADMINISTRATION',
            incoming: 1,
            outgoing: 0,
            closedByReason: [],
          },
        },
        admin,
      ),
    );
    expect(administration.errors).toBeUndefined();
    const refused = await submit(otherUnit, 1, 5, 5);
    expect(refused.errors?.[0]).toMatchObject({
      message: `unitId ${otherUnit} is not a known unit`,
      extensions: { code: 'NOT_FOUND', rule: 'UNKNOWN', field: 'unitId', params: { entity: 'UNIT', ids: [otherUnit] } },
    });

    const forecast = await gql(
      `query($s: ForecastSeriesInput!) { forecast(series: $s, horizon: 12) { model points { month value lower upper } accuracy { mase smape origins } baseline { mase origins } beatsBaseline } }`,
      { s: { unitId, measure: 'INCOMING' } },
      asProvider,
    );
    expect(forecast.errors).toBeUndefined();
    const f = forecast.data.forecast;
    expect(f.model).toMatch(/^mean\(ETS\(A,.*Theta/);
    expect(f.points).toHaveLength(12);
    expect(f.points[0].month).toBe(monthBack(0));
    expect(f.accuracy.origins).toBeGreaterThan(0);
    expect(typeof f.beatsBaseline).toBe('boolean');

    // Provider, owned by contracts, extended with case flows by forecasting: one query across both.
    const viaProvider = await gql(
      `query($id: ID!) { provider(id: $id) { name caseFlow { month incoming } } }`,
      { id: providerId },
      asProvider,
    );
    expect(viaProvider.data.provider.caseFlow).toHaveLength(36);
  });
});
