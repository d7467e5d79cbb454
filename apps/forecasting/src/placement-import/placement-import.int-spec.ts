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

  describe('a file as the case system exports it, its units by their TRESERVA code', () => {
    const COUNTS = `mutation($csv: String!, $dryRun: Boolean, $system: String) {
      importPlacementReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $system) {
        accepted imported created changed unchanged errors { line column rule params } rows { line unitId unitName change }
      }
    }`;
    const header = 'unit_code,month,form,placed,care_days,cost_sek,ended,ended_duration_days';
    const unitId = randomUUID();
    const stored = async () =>
      Number((await service.app.get(DataSource).query(`SELECT count(*) FROM placement_report`))[0].count);

    beforeAll(async () => {
      await sendTestEvent(service.app.get(KafkaClient), 'contracts.unit.v1', unitId, {
        id: unitId,
        providerId: randomUUID(),
        name: 'HVB Kompassen',
        serviceArea: 'HVB',
        places: 8,
        version: 1,
        externalCodes: [{ system: 'TRESERVA', code: 'HVB-7' }],
      });
      await waitFor(
        async () =>
          Number(
            (await service.app.get(DataSource).query(`SELECT count(*) FROM unit_ref WHERE id = $1`, [unitId]))[0].count,
          ) === 1,
        { what: 'the unit from contracts' },
      );
    });

    it('stores a file by code once: again it is all unchanged, and a changed figure is changed', async () => {
      const csv = [header, `HVB-7,${month(3)},HVB,2,40,80000,0,0`, `,${month(3)},HVB,1,20,30000,0,0`].join('\n');
      const before = await stored();
      const preview = (await gql(COUNTS, { csv, dryRun: true, system: 'TRESERVA' })).data.importPlacementReports;
      expect(preview).toMatchObject({ accepted: true, imported: 0, created: 2, changed: 0, unchanged: 0 });
      expect(preview.rows).toEqual([
        { line: 2, unitId, unitName: 'HVB Kompassen', change: 'NEW' },
        { line: 3, unitId: null, unitName: null, change: 'NEW' },
      ]);
      expect(await stored()).toBe(before);
      expect((await gql(COUNTS, { csv, system: 'TRESERVA' })).data.importPlacementReports).toMatchObject({
        imported: 2,
        created: 2,
      });
      const again = (await gql(COUNTS, { csv, system: 'TRESERVA' })).data.importPlacementReports;
      expect(again).toMatchObject({ accepted: true, imported: 0, created: 0, changed: 0, unchanged: 2 });
      const changed = (await gql(COUNTS, { csv: csv.replace('80000', '81000'), system: 'TRESERVA' })).data
        .importPlacementReports;
      expect(changed).toMatchObject({ imported: 1, created: 0, changed: 1, unchanged: 1 });
      expect(changed.rows.map((r: any) => r.change)).toEqual(['CHANGED', 'UNCHANGED']);
      expect(await stored()).toBe(before + 2);
    });

    it('refuses a code no unit has, at its line and column, storing nothing of the file', async () => {
      const before = await stored();
      const csv = [header, `HVB-7,${month(4)},HVB,2,40,80000,0,0`, `HVB-8,${month(4)},HVB,1,20,30000,0,0`].join('\n');
      const answer = (await gql(COUNTS, { csv, system: 'TRESERVA' })).data.importPlacementReports;
      expect(answer).toMatchObject({
        accepted: false,
        imported: 0,
        errors: [
          { line: 3, column: 'unit_code', rule: 'UNIT_CODE_UNKNOWN', params: { system: 'TRESERVA', code: 'HVB-8' } },
        ],
      });
      expect(await stored()).toBe(before);
      const noSystem = await gql(COUNTS, { csv });
      expect(noSystem.errors?.[0]?.extensions).toMatchObject({ rule: 'REQUIRED', field: 'unitCodeSystem' });
    });
  });
});
