import { DataSource } from 'typeorm';
import {
  aProviderInput,
  aUnitInput,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  RunningService,
  startTestService,
} from '@kvalitetsnav/testing';
import { ContractsAppModule } from '../app.module';
import { loadContractsConfig } from '../config';

const IMPORT = `mutation($csv: String!, $dryRun: Boolean) {
  importStaffingReports(csv: $csv, dryRun: $dryRun) {
    accepted dryRun imported errors { line column rule params }
    rows { line unitId unitName year half version managers permanent temporary hourly sickLeavePercent staffTurnoverPercent jobTitles { title headcount } }
  }
}`;
const HEADER =
  'unit_id,year,half,managers,permanent,temporary,hourly,sick_leave_percent,staff_turnover_percent,job_titles';

describe('importing staffing reports from CSV (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  let provider: Record<string, string>;
  const a = { providerId: '', unitId: '', unitName: '', secondUnitId: '' };
  let otherUnitId: string;
  const gql = (query: string, variables: Record<string, unknown>, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const stored = async () =>
    Number((await service.app.get(DataSource).query(`SELECT count(*) FROM staffing_report`))[0].count);
  const unit = async (providerId: string) => {
    const input = aUnitInput(providerId);
    const { id } = (await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: input })).data
      .createUnit;
    return { id, name: input.name as string };
  };

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    const create = `mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`;
    a.providerId = (await gql(create, { i: aProviderInput() })).data.createProvider.id;
    const first = await unit(a.providerId);
    Object.assign(a, { unitId: first.id, unitName: first.name, secondUnitId: (await unit(a.providerId)).id });
    otherUnitId = (await unit((await gql(create, { i: aProviderInput() })).data.createProvider.id)).id;
    provider = await handoffHeaders({
      sub: 'api-key:a',
      name: 'A:s system',
      roles: ['PROVIDER'],
      providerId: a.providerId,
    });
  });
  afterAll(() => service?.close());

  it('previews a good file as the import would store it, storing nothing', async () => {
    const preview = await gql(IMPORT, {
      csv: [HEADER, `${a.unitId},2022,1,1,9,2,4,"7,5",12,"Undersköterska:10; Sjuksköterska:3"`].join('\n'),
      dryRun: true,
    });
    expect(preview.data.importStaffingReports).toEqual({
      accepted: true,
      dryRun: true,
      imported: 0,
      errors: [],
      rows: [
        {
          line: 2,
          unitId: a.unitId,
          unitName: a.unitName,
          year: 2022,
          half: 1,
          version: 1,
          managers: 1,
          permanent: 9,
          temporary: 2,
          hourly: 4,
          sickLeavePercent: 7.5,
          staffTurnoverPercent: 12,
          jobTitles: [
            { title: 'Undersköterska', headcount: 10 },
            { title: 'Sjuksköterska', headcount: 3 },
          ],
        },
      ],
    });
    expect(await stored()).toBe(0);
  });

  it('stores nothing of a file with one bad row, naming the row and rule, on a dry run and for real', async () => {
    const csv = [
      HEADER,
      `${a.unitId},2022,1,1,9,2,4,7.5,12,Undersköterska:10`,
      `${a.secondUnitId},2022,1,1,1,0,0,5,5,Undersköterska:5`,
    ].join('\n');
    for (const dryRun of [true, false]) {
      const bad = await gql(IMPORT, { csv, dryRun });
      expect(bad.data.importStaffingReports).toEqual({
        accepted: false,
        dryRun,
        imported: 0,
        rows: [],
        errors: [{ line: 3, column: 'job_titles', rule: 'JOB_TITLES_EXCEED_STAFF', params: { titled: 5, staff: 2 } }],
      });
    }
    expect(await stored()).toBe(0);
  });

  it('stores a good file in one go, a resubmission as version 2 beside version 1', async () => {
    const first = await gql(
      IMPORT,
      {
        csv: [
          HEADER,
          `${a.unitId},2022,1,1,9,2,4,7.5,12,Undersköterska:10`,
          `${a.secondUnitId},2022,2,1,3,0,0,4,0,`,
        ].join('\n'),
      },
      provider,
    );
    expect(first.data.importStaffingReports).toMatchObject({ accepted: true, dryRun: false, imported: 2, errors: [] });
    expect(first.data.importStaffingReports.rows.map((r: any) => [r.line, r.version])).toEqual([
      [2, 1],
      [3, 1],
    ]);
    const again = `${HEADER}\n${a.unitId},2022,1,1,9,2,4,6.25,12,Undersköterska:10`;
    const preview = await gql(IMPORT, { csv: again, dryRun: true }, provider);
    expect(preview.data.importStaffingReports.rows.map((r: any) => r.version)).toEqual([2]);
    expect((await gql(IMPORT, { csv: again }, provider)).data.importStaffingReports.imported).toBe(1);
    const listed = await gql(
      `query($u: ID!) { staffingReports(unitId: $u, year: 2022, half: 1) { version sickLeavePercent submittedBy } }`,
      { u: a.unitId },
    );
    expect(listed.data.staffingReports).toEqual([
      { version: 2, sickLeavePercent: 6.25, submittedBy: 'api-key:a' },
      { version: 1, sickLeavePercent: 7.5, submittedBy: 'api-key:a' },
    ]);
    const events = await service.app
      .get(DataSource)
      .query(`SELECT count(*) FROM outbox WHERE topic = 'contracts.business-report.v1'`);
    expect(Number(events[0].count)).toBe(3);
  });

  it("answers another provider's unit as unknown to a provider, and stores nothing of that file", async () => {
    const before = await stored();
    const csv = [HEADER, `${a.unitId},2022,2,1,9,2,4,7.5,12,`, `${otherUnitId},2022,2,1,9,2,4,7.5,12,`].join('\n');
    for (const dryRun of [true, false]) {
      const answer = await gql(IMPORT, { csv, dryRun }, provider);
      expect(answer.data.importStaffingReports).toMatchObject({
        accepted: false,
        errors: [{ line: 3, column: 'unit_id', rule: 'UNKNOWN', params: { entity: 'UNIT', ids: [otherUnitId] } }],
      });
    }
    expect(await stored()).toBe(before);
    // An official may import for any provider's unit.
    expect((await gql(IMPORT, { csv })).data.importStaffingReports.imported).toBe(2);
  });
});
