import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { TopicName } from '@kvalitetsnav/events';
import { KafkaClient, OutboxRelay } from '@kvalitetsnav/messaging';
import { pendingSchemaChanges } from '@kvalitetsnav/persistence';
import { addMonthsToMonth, monthOf, stockholmToday } from '@kvalitetsnav/calendar';
import {
  RunningService,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  sendTestEvent,
  startTestService,
  waitFor,
} from '@kvalitetsnav/testing';
import { ForecastingAppModule } from './app.module';
import { loadForecastingConfig } from './config';

const SUBMIT = `mutation($i: SubmitCaseFlowReportInput!) { submitCaseFlowReport(input: $i) { id version month incoming outgoing } }`;

describe('forecasting service (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  let provider: Record<string, string>;
  const providerId = randomUUID();
  const unitId = randomUUID();
  const otherUnitId = randomUUID();
  const lastMonth = addMonthsToMonth(monthOf(stockholmToday()), -1);
  const month = (back: number) => addMonthsToMonth(lastMonth, -back);

  const gql = (query: string, variables: Record<string, unknown> = {}, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const report = (
    m: string,
    incoming: number,
    outgoing: number,
    overrides: Record<string, unknown> = {},
    headers = provider,
  ) =>
    gql(
      SUBMIT,
      {
        i: {
          unitId,
          service: 'FAMILY_SUPPORT',
          month: m,
          incoming,
          outgoing,
          closedByReason: outgoing ? [{ reason: 'GOALS_MET', count: outgoing }] : [],
          ...overrides,
        },
      },
      headers,
    );

  const send = (topic: TopicName, key: string, payload: unknown, eventId?: string) =>
    sendTestEvent(service.app.get(KafkaClient), topic, key, payload, eventId);

  beforeAll(async () => {
    service = await startTestService('forecasting', (env) => ForecastingAppModule.forRoot(loadForecastingConfig(env)));
    official = await handoffHeaders(officialIdentity);
    provider = await handoffHeaders({ sub: 'api-key:fs', name: 'Familjestödet', roles: ['PROVIDER'], providerId });
    await send('contracts.unit.v1', unitId, {
      id: unitId,
      providerId,
      name: 'Familjestöd Centrum',
      serviceArea: 'FAMILY_SUPPORT',
      places: null,
      version: 1,
    });
    await send('contracts.unit.v1', otherUnitId, {
      id: otherUnitId,
      providerId: randomUUID(),
      name: 'Ekbacken',
      serviceArea: 'NURSING_HOME',
      places: 60,
      version: 1,
    });
    await waitFor(
      async () => Number((await service.app.get(DataSource).query(`SELECT count(*) FROM unit_ref`))[0].count) === 2,
      { what: 'units from contracts' },
    );
  });
  afterAll(() => service?.close());

  it('runs its migrations at start, and they match the entities exactly', async () => {
    expect(await pendingSchemaChanges(service.app.get(DataSource))).toEqual([]);
  });

  it('takes monthly reports with versions, publishes them, and refuses bad ones naming the field', async () => {
    const first = await report(month(0), 9, 4);
    expect(first.errors).toBeUndefined();
    const again = await report(month(0), 10, 4);
    expect(again.data.submitCaseFlowReport).toMatchObject({ version: 2, incoming: 10 });
    const cases: [Record<string, unknown>, string, string, string, string][] = [
      [
        { outgoing: 5 },
        'closedByReason',
        'closedByReason adds up to 4 but outgoing is 5',
        'VALIDATION_FAILED',
        'REASONS_DO_NOT_ADD_UP',
      ],
      [
        { month: addMonthsToMonth(lastMonth, 1) },
        'month',
        'has not ended',
        'VALIDATION_FAILED',
        'REPORTED_MONTH_NOT_ENDED',
      ],
      [{ incoming: -1 }, 'incoming', 'incoming must be 0 or more', 'VALIDATION_FAILED', 'TOO_SMALL'],
      [
        { closedByReason: [{ reason: 'LOTTERY', count: 4 }] },
        'closedByReason.0.reason',
        'LOTTERY is not an active reason',
        'VALIDATION_FAILED',
        'CLOSURE_REASON_NOT_ACTIVE',
      ],
      // Another provider's unit answers as one that does not exist.
      [{ unitId: otherUnitId }, 'unitId', `unitId ${otherUnitId} is not a known unit`, 'NOT_FOUND', 'UNKNOWN'],
      [
        { source: 'ADMINISTRATION' },
        'source',
        'a provider reports its own service cases',
        'FORBIDDEN',
        'PROVIDER_REPORTS_OWN_CASES',
      ],
      [{ unitId: randomUUID() }, 'unitId', 'is not a known unit', 'NOT_FOUND', 'UNKNOWN'],
    ];
    for (const [overrides, field, message, code, rule] of cases) {
      const result = await report(month(0), 10, 4, overrides);
      const [error] = result.errors ?? [];
      expect({ message: error?.message, ...error?.extensions }).toMatchObject({
        field,
        message: expect.stringContaining(message),
        code,
        rule,
      });
    }
    const several = await report(addMonthsToMonth(lastMonth, 1), 10, 4, { outgoing: 5 });
    expect(several.errors?.[0]?.extensions).toHaveProperty('violations', [
      {
        rule: 'REPORTED_MONTH_NOT_ENDED',
        field: 'month',
        params: { month: addMonthsToMonth(lastMonth, 1), currentMonth: addMonthsToMonth(lastMonth, 1) },
      },
      { rule: 'REASONS_DO_NOT_ADD_UP', field: 'closedByReason', params: { explained: 4, outgoing: 5 } },
    ]);
    const listed = await gql(`{ caseFlowReports { month version incoming } }`, {}, provider);
    expect(listed.data.caseFlowReports).toEqual([{ month: month(0), version: 2, incoming: 10 }]);
    await service.app.get(OutboxRelay).flush();
    const events = await service.app
      .get(DataSource)
      .query(`SELECT envelope FROM outbox WHERE topic = 'forecasting.case-flow.v1' ORDER BY id`);
    expect(events.map((e: any) => [e.envelope.payload.month, e.envelope.payload.version])).toEqual([
      [month(0), 1],
      [month(0), 2],
    ]);
  });

  it('lists missing months, gives throughput per month and forecasts a full series', async () => {
    // Months 1–29 back, except 12, with a yearly pattern around a slow rise.
    for (let back = 29; back >= 1; back--) {
      if (back === 12) continue;
      const m = month(back);
      const seasonal = [4, 2, 0, -1, -2, -5, -8, -3, 3, 5, 4, 1][Number(m.slice(5, 7)) - 1];
      await report(m, 20 + seasonal + Math.round((30 - back) / 6), 18 + Math.round(seasonal / 2));
    }
    const missing = await gql(`{ missingCaseFlowMonths { unitId months } }`);
    expect(missing.data.missingCaseFlowMonths).toEqual([{ unitId, months: [month(12)] }]);
    const gap = await gql(`query($s: ForecastSeriesInput!) { forecast(series: $s, horizon: 6) { model } }`, {
      s: { unitId, measure: 'INCOMING' },
    });
    expect(gap.errors?.[0]).toMatchObject({
      message: `the series has months without reports: ${month(12)}`,
      extensions: { field: 'series', rule: 'FORECAST_SERIES_HAS_GAPS', params: { months: [month(12)] } },
    });
    await report(month(12), 21, 19);

    const kpis = await gql(
      `query($f: CaseFlowFilter) { caseFlowKpis(filter: $f) { month incoming outgoing balance } }`,
      { f: { unitId, from: month(1), to: month(0) } },
    );
    expect(kpis.data.caseFlowKpis[1]).toEqual({ month: month(0), incoming: 10, outgoing: 4, balance: 6 });

    const result = await gql(
      `query($s: ForecastSeriesInput!) { forecast(series: $s, horizon: 6) { model history { month } points { month value lower upper } candidates { model } accuracy { mase origins } baseline { mase origins } beatsBaseline } }`,
      { s: { unitId, measure: 'INCOMING' } },
    );
    expect(result.errors).toBeUndefined();
    const f = result.data.forecast;
    expect(f.history).toHaveLength(30);
    expect(f.points.map((p: any) => p.month)).toEqual([1, 2, 3, 4, 5, 6].map((i) => addMonthsToMonth(lastMonth, i)));
    f.points.forEach((p: any) => expect(p.lower).toBeLessThanOrEqual(p.value));
    expect(f.model).toContain(f.candidates[0].model);
    expect(f.accuracy.origins).toBe(f.baseline.origins);
    const tooFar = await gql(`query($s: ForecastSeriesInput!) { forecast(series: $s, horizon: 40) { model } }`, {
      s: { unitId, measure: 'INCOMING' },
    });
    expect(tooFar.errors?.[0]).toMatchObject({
      message: 'horizon must be 1 to 36 months, was 40',
      extensions: { field: 'horizon', rule: 'FORECAST_HORIZON', params: { min: 1, max: 36, value: 40 } },
    });

    const viaUnit = await gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { caseFlow(from: "${month(0)}") { month incoming } } } }`,
      { r: [{ __typename: 'Unit', id: unitId }] },
    );
    expect(viaUnit.data._entities[0].caseFlow).toEqual([{ month: month(0), incoming: 10 }]);
  });

  it('sums placements per form with averages', async () => {
    const submit = (
      form: string,
      placed: number,
      careDays: number,
      costSek: number,
      ended: number,
      endedDurationDays: number,
    ) =>
      gql(`mutation($i: PlacementReportInput!) { submitPlacementReport(input: $i) { version } }`, {
        i: { month: '2022-03', form, placed, careDays, costSek, ended, endedDurationDays },
      });
    await submit('HVB', 10, 280, 1_120_000, 2, 300);
    await submit('FAMILY_HOME', 20, 600, 600_000, 1, 400);
    expect((await submit('HVB', 10, 290, 1_160_000, 2, 300)).data.submitPlacementReport.version).toBe(2);
    expect((await submit('HVB', 1, 40, 1, 0, 0)).errors?.[0]).toMatchObject({
      extensions: { field: 'careDays', rule: 'CARE_DAYS_ABOVE_PLACED', params: { careDays: 40, placed: 1, days: 31 } },
    });
    const summary = await gql(
      `{ placementSummary(from: "2022-01", to: "2022-12") { form placed careDays costSek costPerCareDay averageDurationDays } }`,
    );
    expect(summary.data.placementSummary).toEqual([
      {
        form: 'FAMILY_HOME',
        placed: 20,
        careDays: 600,
        costSek: 600000,
        costPerCareDay: 1000,
        averageDurationDays: 400,
      },
      { form: 'HVB', placed: 10, careDays: 290, costSek: 1160000, costPerCareDay: 4000, averageDurationDays: 150 },
      {
        form: 'TOTAL',
        placed: 30,
        careDays: 890,
        costSek: 1760000,
        costPerCareDay: 1760000 / 890,
        averageDurationDays: 700 / 3,
      },
    ]);
  });

  it('projects nursing-home demand from population and usage rates against contracted places', async () => {
    const csv = `"region","ålder","2024","2025","2026"\n"0580 Linköping","80-84 år","400","420","450"\n"0580 Linköping","85+ år","150","160","175"`;
    expect(
      (await gql(`mutation($c: String!) { importPopulation(csv: $c) { accepted imported } }`, { c: csv })).data
        .importPopulation,
    ).toEqual({ accepted: true, imported: 6 });
    const bad = await gql(
      `mutation($c: String!) { importPopulation(csv: $c) { accepted errors problems { code line column header value } } }`,
      { c: `"region","ålder","2024"\n"0580","80-84 år","många"` },
    );
    expect(bad.data.importPopulation).toEqual({
      accepted: false,
      errors: ['line 2: 2024 "många" is not a whole number 0 or more'],
      problems: [{ code: 'POPULATION_COUNT', line: 2, column: 3, header: '2024', value: 'många' }],
    });
    const noRates = await gql(
      `{ projection(serviceArea: "NURSING_HOME", region: "0580", fromYear: 2024, years: 3) { capacity } }`,
    );
    expect(noRates.errors?.[0]).toMatchObject({
      extensions: {
        field: 'serviceArea',
        rule: 'NO_USAGE_RATES',
        params: { serviceArea: 'NURSING_HOME', name: 'Särskilt boende' },
      },
    });
    const notOnList = await gql(
      `{ projection(serviceArea: "SPACE_STATION", region: "0580", fromYear: 2024, years: 3) { capacity } }`,
    );
    expect(notOnList.errors?.[0]?.extensions).toMatchObject({
      field: 'serviceArea',
      rule: 'UNKNOWN',
      params: { entity: 'SERVICE_AREA', ids: ['SPACE_STATION'] },
    });
    const twice = await gql(`mutation($i: UsageRatesInput!) { setUsageRates(input: $i) }`, {
      i: {
        serviceArea: 'NURSING_HOME',
        rates: [
          { ageBand: '85+', rate: 0.25 },
          { ageBand: '85+', rate: 0.2 },
        ],
      },
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      rule: 'LISTED_TWICE',
      field: 'rates.1.ageBand',
    });
    await gql(`mutation($i: UsageRatesInput!) { setUsageRates(input: $i) }`, {
      i: {
        serviceArea: 'NURSING_HOME',
        rates: [
          { ageBand: '80-84', rate: 0.05 },
          { ageBand: '85+', rate: 0.25 },
        ],
      },
    });
    // 2024: 20 + 37.5 = 57.5; 2025: 21 + 40 = 61 > 60 places at Ekbacken.
    const projection = await gql(
      `{ projection(serviceArea: "NURSING_HOME", region: "0580", fromYear: 2024, years: 3) { capacity runsOutIn years { year demand shortfall } } }`,
    );
    const elsewhere = await gql(
      `{ projection(serviceArea: "NURSING_HOME", region: "0581", fromYear: 2024, years: 3) { capacity } }`,
    );
    expect(elsewhere.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'UNKNOWN',
      field: 'region',
      params: { entity: 'REGION', ids: ['0581'] },
    });
    expect(projection.data.projection).toEqual({
      capacity: 60,
      runsOutIn: 2025,
      years: [
        { year: 2024, demand: 57.5, shortfall: 0 },
        { year: 2025, demand: 61, shortfall: 1 },
        { year: 2026, demand: 66.25, shortfall: 6.25 },
      ],
    });
  });
});
