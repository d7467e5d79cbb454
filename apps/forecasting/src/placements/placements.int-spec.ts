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

const SUBMIT = `mutation($i: PlacementReportInput!) {
  submitPlacementReport(input: $i) { unitId providerId month form placed careDays version }
}`;
const REPORTS = `query($f: PlacementFilter) { placementReports(filter: $f) { unitId providerId form placed version } }`;
const IMPORT = `mutation($csv: String!, $dryRun: Boolean!) {
  importPlacementReports(csv: $csv, dryRun: $dryRun) { accepted imported errors { line column rule params } rows { unitId unitName } }
}`;

describe("a provider's placements, for its own units only (real Postgres and Kafka)", () => {
  let service: RunningService;
  let official: Record<string, string>;
  let provider: Record<string, string>;
  const providerId = randomUUID();
  const ownUnit = randomUUID();
  const otherUnit = randomUUID();
  const month = addMonthsToMonth(monthOf(stockholmToday()), -1);
  const gql = (query: string, variables: Record<string, unknown>, headers: Record<string, string>) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const stored = async () =>
    Number((await service.app.get(DataSource).query(`SELECT count(*) FROM placement_report`))[0].count);
  const figures = { month, form: 'HVB', placed: 2, careDays: 40, costSek: 80_000, ended: 0, endedDurationDays: 0 };

  beforeAll(async () => {
    service = await startTestService('forecasting', (env) => ForecastingAppModule.forRoot(loadForecastingConfig(env)));
    official = await handoffHeaders(officialIdentity);
    provider = await handoffHeaders({ sub: 'api-key:hvb', name: 'Ungdomshemmet', roles: ['PROVIDER'], providerId });
    const kafka = service.app.get(KafkaClient);
    for (const [id, owner, name] of [
      [ownUnit, providerId, 'HVB Ekbacken'],
      [otherUnit, randomUUID(), 'HVB Granen'],
    ])
      await sendTestEvent(kafka, 'contracts.unit.v1', id, {
        id,
        providerId: owner,
        name,
        serviceArea: 'HVB',
        places: 8,
        version: 1,
      });
    await waitFor(
      async () => Number((await service.app.get(DataSource).query(`SELECT count(*) FROM unit_ref`))[0].count) === 2,
      { what: 'units from contracts' },
    );
  });
  afterAll(() => service?.close());

  it("stores a provider's report for its own unit, and refuses another provider's unit or none, naming the field", async () => {
    const own = await gql(SUBMIT, { i: { ...figures, unitId: ownUnit } }, provider);
    expect(own.data.submitPlacementReport).toEqual({
      unitId: ownUnit,
      providerId,
      month,
      form: 'HVB',
      placed: 2,
      careDays: 40,
      version: 1,
    });
    const other = await gql(SUBMIT, { i: { ...figures, unitId: otherUnit } }, provider);
    expect(other.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'UNKNOWN',
      field: 'unitId',
      params: { entity: 'UNIT', ids: [otherUnit] },
    });
    const none = await gql(SUBMIT, { i: figures }, provider);
    expect(none.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'REQUIRED', field: 'unitId' });
    expect(await stored()).toBe(1);
  });

  it("keeps the administration's own figures beside the units', counts them once, and lists a provider only its own", async () => {
    expect((await gql(SUBMIT, { i: figures }, official)).data.submitPlacementReport).toMatchObject({
      unitId: null,
      version: 1,
    });
    expect(
      (await gql(SUBMIT, { i: { ...figures, unitId: otherUnit } }, official)).data.submitPlacementReport,
    ).toMatchObject({
      unitId: otherUnit,
      version: 1,
    });
    // The same month, form and unit again replaces it.
    expect(
      (await gql(SUBMIT, { i: { ...figures, unitId: ownUnit, placed: 3 } }, provider)).data.submitPlacementReport
        .version,
    ).toBe(2);
    expect((await gql(REPORTS, {}, provider)).data.placementReports).toEqual([
      { unitId: ownUnit, providerId, form: 'HVB', placed: 3, version: 2 },
    ]);
    expect((await gql(REPORTS, { f: { unitId: otherUnit } }, provider)).data.placementReports).toEqual([]);
    expect((await gql(REPORTS, {}, official)).data.placementReports).toHaveLength(3);
    const summary = await gql(
      `query($m: String!) { placementSummary(from: $m, to: $m) { form placed } }`,
      { m: month },
      official,
    );
    // The administration's whole-municipality figure counts alone: the units' reports are its parts.
    expect(summary.data.placementSummary).toEqual([
      { form: 'HVB', placed: figures.placed },
      { form: 'TOTAL', placed: figures.placed },
    ]);
  });

  it("refuses a provider's file naming another provider's unit, or no unit, storing nothing of it", async () => {
    const before = await stored();
    const header = 'unit_id,month,form,placed,care_days,cost_sek';
    const csv = [
      header,
      `${ownUnit},${month},FAMILY_HOME,1,20,9000`,
      `${otherUnit},${month},FAMILY_HOME,1,20,9000`,
      `,${month},FAMILY_HOME,1,20,9000`,
    ].join('\n');
    for (const dryRun of [true, false])
      expect((await gql(IMPORT, { csv, dryRun }, provider)).data.importPlacementReports).toEqual({
        accepted: false,
        imported: 0,
        rows: [],
        errors: [
          { line: 3, column: 'unit_id', rule: 'UNKNOWN', params: { entity: 'UNIT', ids: [otherUnit] } },
          { line: 4, column: 'unit_id', rule: 'REQUIRED', params: {} },
        ],
      });
    expect(await stored()).toBe(before);
    const good = await gql(
      IMPORT,
      { csv: [header, `${ownUnit},${month},FAMILY_HOME,1,20,9000`].join('\n'), dryRun: false },
      provider,
    );
    expect(good.data.importPlacementReports).toEqual({
      accepted: true,
      imported: 1,
      errors: [],
      rows: [{ unitId: ownUnit, unitName: 'HVB Ekbacken' }],
    });
    expect(await stored()).toBe(before + 1);
  });
});
