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
        ...(id === unitId ? { externalCodes: [{ system: 'TRESERVA', code: 'FS-01' }] } : {}),
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

  describe('a file as the case system exports it, its units by their TRESERVA code', () => {
    const COUNTS = `mutation($csv: String!, $dryRun: Boolean, $system: String) {
      importCaseFlowReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $system) {
        accepted imported created changed unchanged errors { line column rule params } rows { line unitId change }
      }
    }`;
    const header = 'unit_code,service,month,incoming,outgoing,goals_met';

    it('stores a file by code once: again it is all unchanged, and a changed figure is changed', async () => {
      const csv = [header, `FS-01,HOUSING_SUPPORT,${month(2)},4,2,2`, `FS-01,HOUSING_SUPPORT,${month(1)},3,1,1`].join(
        '\n',
      );
      const before = await stored();
      const preview = (await gql(COUNTS, { csv, dryRun: true, system: 'TRESERVA' })).data.importCaseFlowReports;
      expect(preview).toMatchObject({ accepted: true, imported: 0, created: 2, changed: 0, unchanged: 0 });
      expect(preview.rows).toEqual([
        { line: 2, unitId, change: 'NEW' },
        { line: 3, unitId, change: 'NEW' },
      ]);
      expect(await stored()).toBe(before);
      expect((await gql(COUNTS, { csv, system: 'TRESERVA' })).data.importCaseFlowReports).toMatchObject({
        imported: 2,
        created: 2,
      });
      for (const dryRun of [true, false]) {
        const again = (await gql(COUNTS, { csv, dryRun, system: 'TRESERVA' })).data.importCaseFlowReports;
        expect(again).toMatchObject({ accepted: true, imported: 0, created: 0, changed: 0, unchanged: 2 });
      }
      expect(await stored()).toBe(before + 2);
      const changed = (
        await gql(COUNTS, { csv: csv.replace(`${month(1)},3,1,1`, `${month(1)},5,1,1`), system: 'TRESERVA' })
      ).data.importCaseFlowReports;
      expect(changed).toMatchObject({ imported: 1, created: 0, changed: 1, unchanged: 1 });
      expect(changed.rows.map((r: any) => r.change)).toEqual(['UNCHANGED', 'CHANGED']);
      expect(await stored()).toBe(before + 3);
    });

    it('refuses a code no unit has in the system, at its line and column, storing nothing of the file', async () => {
      const before = await stored();
      const csv = [header, `FS-01,HOUSING_SUPPORT,${month(3)},4,2,2`, `FS-99,HOUSING_SUPPORT,${month(3)},3,1,1`].join(
        '\n',
      );
      for (const dryRun of [true, false]) {
        const answer = (await gql(COUNTS, { csv, dryRun, system: 'TRESERVA' })).data.importCaseFlowReports;
        expect(answer).toMatchObject({
          accepted: false,
          imported: 0,
          rows: [],
          errors: [
            { line: 3, column: 'unit_code', rule: 'UNIT_CODE_UNKNOWN', params: { system: 'TRESERVA', code: 'FS-99' } },
          ],
        });
      }
      expect(await stored()).toBe(before);
      const missing = await gql(COUNTS, { csv });
      expect(missing.errors?.[0]?.extensions).toMatchObject({ rule: 'REQUIRED', field: 'unitCodeSystem' });
      const both = (
        await gql(COUNTS, { csv: 'unit_id,unit_code,service,month,incoming,outgoing\n', system: 'TRESERVA' })
      ).data.importCaseFlowReports;
      expect(both.errors).toEqual([{ line: 1, column: '(file)', rule: 'CSV_UNIT_COLUMN', params: { found: 'BOTH' } }]);
    });
  });
});
