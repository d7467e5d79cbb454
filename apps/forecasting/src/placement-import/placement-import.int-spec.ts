import { addMonthsToMonth, monthOf, stockholmToday } from '@kvalitetsnav/calendar';
import { RunningService, handoffHeaders, officialIdentity, postGraphQL, startTestService } from '@kvalitetsnav/testing';
import { ForecastingAppModule } from '../app.module';
import { loadForecastingConfig } from '../config';

const IMPORT = `mutation($csv: String!) { importPlacementReports(csv: $csv) { accepted imported errors { line column rule params } } }`;

describe('importing months of placements from CSV (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const month = (back: number) => addMonthsToMonth(monthOf(stockholmToday()), -1 - back);
  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, official);
  const summary = async (from: string, to: string) =>
    (
      await gql(`query($f: String!, $t: String!) { placementSummary(from: $f, to: $t) { form placed careDays } }`, {
        f: from,
        t: to,
      })
    ).data.placementSummary;

  beforeAll(async () => {
    service = await startTestService('forecasting', (env) => ForecastingAppModule.forRoot(loadForecastingConfig(env)));
    official = await handoffHeaders(officialIdentity);
  });
  afterAll(() => service?.close());

  it('previews a file, storing nothing: its rows when good, its errors when not', async () => {
    const header = 'month,form,placed,care_days,cost_sek,ended,ended_duration_days';
    const preview = `mutation($csv: String!) {
      importPlacementReports(csv: $csv, dryRun: true) {
        accepted dryRun imported errors { line rule } rows { line month form placed careDays costSek ended endedDurationDays }
      }
    }`;
    const good = await gql(preview, { csv: [header, `${month(2)},hvb,2,40,"80 000",1,30`].join('\n') });
    expect(good.data.importPlacementReports).toEqual({
      accepted: true,
      dryRun: true,
      imported: 0,
      errors: [],
      rows: [
        {
          line: 2,
          month: month(2),
          form: 'HVB',
          placed: 2,
          careDays: 40,
          costSek: 80000,
          ended: 1,
          endedDurationDays: 30,
        },
      ],
    });
    const bad = await gql(preview, { csv: [header, `${month(2)},HVB,1,999,1,0,0`].join('\n') });
    expect(bad.data.importPlacementReports).toEqual({
      accepted: false,
      dryRun: true,
      imported: 0,
      errors: [{ line: 2, rule: 'CARE_DAYS_ABOVE_PLACED' }],
      rows: [],
    });
    expect(await summary(month(2), month(2))).toEqual([{ form: 'TOTAL', placed: 0, careDays: 0 }]);
  });

  it('stores every row of a good file, replacing a month reported before, and nothing of a bad file', async () => {
    const header = 'month,form,placed,care_days,cost_sek,ended,ended_duration_days';
    const good = await gql(IMPORT, {
      csv: [header, `${month(1)},HVB,2,40,80000,0,0`, `${month(0)},HVB,2,40,80000,1,30`].join('\n'),
    });
    expect(good.data.importPlacementReports).toEqual({ accepted: true, imported: 2, errors: [] });
    const bad = await gql(IMPORT, {
      csv: [header, `${month(0)},HVB,3,60,1,0,0`, `${month(0)},HVB,1,999,1,0,0`].join('\n'),
    });
    expect(bad.data.importPlacementReports).toMatchObject({
      accepted: false,
      imported: 0,
      errors: [
        { line: 3, column: 'care_days', rule: 'CARE_DAYS_ABOVE_PLACED' },
        { line: 3, column: 'month', rule: 'MONTHLY_CSV_ROW_REPEATED', params: { line: 2 } },
      ],
    });
    expect(await summary(month(1), month(0))).toEqual([
      { form: 'HVB', placed: 4, careDays: 80 },
      { form: 'TOTAL', placed: 4, careDays: 80 },
    ]);
    const again = await gql(IMPORT, { csv: [header, `${month(0)},HVB,3,60,1,0,0`].join('\n') });
    expect(again.data.importPlacementReports.imported).toBe(1);
    expect(await summary(month(0), month(0))).toEqual([
      { form: 'HVB', placed: 3, careDays: 60 },
      { form: 'TOTAL', placed: 3, careDays: 60 },
    ]);
  });
});
