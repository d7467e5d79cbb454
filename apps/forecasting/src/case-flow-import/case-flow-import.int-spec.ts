import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { addMonthsToMonth, monthOf, stockholmToday } from '@kvalitetsnav/calendar';
import { KafkaClient } from '@kvalitetsnav/messaging';
import {
  RunningService,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  sendTestEvent,
  startTestService,
  waitFor,
} from '@kvalitetsnav/testing';
import { ForecastingAppModule } from '../app.module';
import { loadForecastingConfig } from '../config';

const IMPORT = `mutation($csv: String!) { importCaseFlowReports(csv: $csv) { accepted imported errors { line column rule params } } }`;
const PREVIEW = `mutation($csv: String!) {
  importCaseFlowReports(csv: $csv, dryRun: true) {
    accepted dryRun imported errors { line column rule params }
    rows { line unitId unitName service month source incoming outgoing closedByReason { reason count } }
  }
}`;
const READINESS = `{ forecastReadiness { unitName months monthsReported needed ready rule params } }`;

describe('importing months of case flows from CSV (real Postgres and Kafka)', () => {
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
  const stored = async () =>
    Number((await service.app.get(DataSource).query(`SELECT count(*) FROM case_flow_report`))[0].count);

  beforeAll(async () => {
    service = await startTestService('forecasting', (env) => ForecastingAppModule.forRoot(loadForecastingConfig(env)));
    official = await handoffHeaders(officialIdentity);
    provider = await handoffHeaders({ sub: 'api-key:fs', name: 'Familjestödet', roles: ['PROVIDER'], providerId });
    const kafka = service.app.get(KafkaClient);
    for (const [id, owner, name] of [
      [unitId, providerId, 'Familjestöd Centrum'],
      [otherUnitId, randomUUID(), 'Boendestöd Norr'],
    ])
      await sendTestEvent(kafka, 'contracts.unit.v1', id, {
        id,
        providerId: owner,
        name,
        serviceArea: 'FAMILY_SUPPORT',
        places: null,
        version: 1,
      });
    await waitFor(
      async () => Number((await service.app.get(DataSource).query(`SELECT count(*) FROM unit_ref`))[0].count) === 2,
      { what: 'units from contracts' },
    );
  });
  afterAll(() => service?.close());

  it('previews a file as the import would check it, storing nothing, good or bad', async () => {
    const preview = await gql(PREVIEW, {
      csv: [
        'unit_id,service,month,source,incoming,outgoing,goals_met,moved',
        `${unitId},family_support,${month(1)},,5,3,2,1`,
        `${unitId},FAMILY_SUPPORT,${month(0)},administration,4,0,,`,
      ].join('\n'),
    });
    expect(preview.data.importCaseFlowReports).toEqual({
      accepted: true,
      dryRun: true,
      imported: 0,
      errors: [],
      rows: [
        {
          line: 2,
          unitId,
          unitName: 'Familjestöd Centrum',
          service: 'FAMILY_SUPPORT',
          month: month(1),
          source: 'PROVIDER',
          incoming: 5,
          outgoing: 3,
          closedByReason: [
            { reason: 'GOALS_MET', count: 2 },
            { reason: 'MOVED', count: 1 },
          ],
        },
        expect.objectContaining({ line: 3, source: 'ADMINISTRATION', closedByReason: [] }),
      ],
    });
    // The checks that need the database run too: a unit of another provider is unknown to a provider.
    const bad = await gql(
      PREVIEW,
      {
        csv: [
          'unit_id,service,month,incoming,outgoing,goals_met',
          `${unitId},FAMILY_SUPPORT,${month(0)},6,3,3`,
          `${otherUnitId},FAMILY_SUPPORT,${month(0)},6,4,3`,
        ].join('\n'),
      },
      provider,
    );
    expect(bad.data.importCaseFlowReports).toEqual({
      accepted: false,
      dryRun: true,
      imported: 0,
      rows: [],
      errors: [{ line: 3, column: 'outgoing', rule: 'REASONS_DO_NOT_ADD_UP', params: { explained: 3, outgoing: 4 } }],
    });
    const unknown = await gql(
      PREVIEW,
      { csv: ['unit_id,service,month,incoming,outgoing', `${otherUnitId},FAMILY_SUPPORT,${month(0)},6,0`].join('\n') },
      provider,
    );
    expect(unknown.data.importCaseFlowReports.errors).toEqual([
      { line: 2, column: 'unit_id', rule: 'UNKNOWN', params: { entity: 'UNIT', ids: [otherUnitId] } },
    ]);
    expect(await stored()).toBe(0);
  });

  it('stores every row of a good file as a new version, and nothing of a file with one bad row', async () => {
    const rows = Array.from({ length: 24 }, (_, back) => `${unitId},FAMILY_SUPPORT,${month(back)},,5,3,3,`);
    const good = await gql(IMPORT, {
      csv: ['unit_id,service,month,source,incoming,outgoing,goals_met,moved', ...rows].join('\n'),
    });
    expect(good.data.importCaseFlowReports).toEqual({ accepted: true, imported: 24, errors: [] });
    expect(await stored()).toBe(24);

    const bad = await gql(IMPORT, {
      csv: [
        'unit_id,service,month,incoming,outgoing,goals_met',
        `${unitId},FAMILY_SUPPORT,${month(0)},6,3,3`,
        `${unitId},FAMILY_SUPPORT,${month(1)},6,4,3`,
        `${randomUUID()},FAMILY_SUPPORT,${month(1)},6,0,`,
      ].join('\n'),
    });
    expect(bad.data.importCaseFlowReports).toEqual({
      accepted: false,
      imported: 0,
      errors: [{ line: 3, column: 'outgoing', rule: 'REASONS_DO_NOT_ADD_UP', params: { explained: 3, outgoing: 4 } }],
    });
    const unknown = await gql(
      IMPORT,
      {
        csv: ['unit_id,service,month,incoming,outgoing', `${otherUnitId},FAMILY_SUPPORT,${month(0)},6,0`].join('\n'),
      },
      provider,
    );
    expect(unknown.data.importCaseFlowReports.errors).toEqual([
      { line: 2, column: 'unit_id', rule: 'UNKNOWN', params: { entity: 'UNIT', ids: [otherUnitId] } },
    ]);
    expect(await stored()).toBe(24);

    const again = await gql(IMPORT, {
      csv: ['unit_id,service,month,incoming,outgoing,goals_met', `${unitId},FAMILY_SUPPORT,${month(0)},7,3,3`].join(
        '\n',
      ),
    });
    expect(again.data.importCaseFlowReports.imported).toBe(1);
    const latest = await gql(`query($f: CaseFlowFilter) { caseFlowReports(filter: $f) { month version incoming } }`, {
      f: { unitId, from: month(0), to: month(0) },
    });
    expect(latest.data.caseFlowReports).toEqual([{ month: month(0), version: 2, incoming: 7 }]);
  });

  it('tells which units have enough history for a forecast, and how many months each has', async () => {
    const readiness = await gql(READINESS);
    expect(readiness.data.forecastReadiness).toEqual([
      {
        unitName: 'Familjestöd Centrum',
        months: 24,
        monthsReported: 24,
        needed: 24,
        ready: true,
        rule: null,
        params: null,
      },
      {
        unitName: 'Boendestöd Norr',
        months: 0,
        monthsReported: 0,
        needed: 24,
        ready: false,
        rule: 'FORECAST_SERIES_TOO_SHORT',
        params: { needed: 24, have: 0 },
      },
    ]);
    expect((await gql(READINESS, {}, provider)).data.forecastReadiness.map((r: any) => r.unitName)).toEqual([
      'Familjestöd Centrum',
    ]);
  });
});
