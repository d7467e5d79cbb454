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

const IMPORT = `mutation($csv: String!, $dryRun: Boolean, $system: String) {
  importStaffingReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $system) {
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
  const unit = async (providerId: string, extra: Record<string, unknown> = {}) => {
    const input = aUnitInput(providerId, extra);
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

  describe('a file as the case system exports it, its units by their TRESERVA code', () => {
    const BY_CODE = HEADER.replace('unit_id', 'unit_code');
    const COUNTS = `mutation($csv: String!, $dryRun: Boolean, $system: String) {
      importStaffingReports(csv: $csv, dryRun: $dryRun, unitCodeSystem: $system) {
        accepted imported created changed unchanged errors { line column rule params } rows { line unitId change version }
      }
    }`;
    const code = `ST-${Date.now() % 100000}`;
    let coded: { id: string };

    beforeAll(async () => {
      coded = await unit(a.providerId, { externalCodes: [{ system: 'TRESERVA', code }] });
    });

    it("finds each row's unit by its code, previews the counts storing nothing, then stores the file", async () => {
      const csv = [BY_CODE, `${code},2022,1,1,9,2,4,7.5,12,Undersköterska:10`, `${code},2022,2,1,8,2,4,6,10,`].join(
        '\n',
      );
      const before = await stored();
      const preview = (await gql(COUNTS, { csv, dryRun: true, system: 'TRESERVA' })).data.importStaffingReports;
      expect(preview).toMatchObject({ accepted: true, imported: 0, created: 2, changed: 0, unchanged: 0 });
      expect(preview.rows).toEqual([
        { line: 2, unitId: coded.id, change: 'NEW', version: 1 },
        { line: 3, unitId: coded.id, change: 'NEW', version: 1 },
      ]);
      expect(await stored()).toBe(before);
      const first = (await gql(COUNTS, { csv, system: 'TRESERVA' })).data.importStaffingReports;
      expect(first).toMatchObject({ accepted: true, imported: 2, created: 2, changed: 0, unchanged: 0 });
      expect(await stored()).toBe(before + 2);

      // The same file again adds nothing; on a dry run too it says so.
      for (const dryRun of [true, false]) {
        const again = (await gql(COUNTS, { csv, dryRun, system: 'TRESERVA' })).data.importStaffingReports;
        expect(again).toMatchObject({ accepted: true, imported: 0, created: 0, changed: 0, unchanged: 2 });
        expect(again.rows.map((r: any) => [r.change, r.version])).toEqual([
          ['UNCHANGED', 1],
          ['UNCHANGED', 1],
        ]);
      }
      expect(await stored()).toBe(before + 2);

      // One figure changed: that row alone becomes version 2.
      const changed = csv.replace('6,10,', '6,11,');
      const third = (await gql(COUNTS, { csv: changed, system: 'TRESERVA' })).data.importStaffingReports;
      expect(third).toMatchObject({ imported: 1, created: 0, changed: 1, unchanged: 1 });
      expect(third.rows.map((r: any) => [r.change, r.version])).toEqual([
        ['UNCHANGED', 1],
        ['CHANGED', 2],
      ]);
      expect(await stored()).toBe(before + 3);
    });

    it('refuses a code no unit has in the system, at its line and column, and stores nothing of the file', async () => {
      const before = await stored();
      const csv = [BY_CODE, `${code},2021,1,1,9,2,4,7.5,12,`, `NO-SUCH-${code},2021,1,1,9,2,4,7.5,12,`].join('\n');
      for (const dryRun of [true, false]) {
        const answer = (await gql(COUNTS, { csv, dryRun, system: 'TRESERVA' })).data.importStaffingReports;
        expect(answer).toMatchObject({
          accepted: false,
          imported: 0,
          rows: [],
          errors: [
            {
              line: 3,
              column: 'unit_code',
              rule: 'UNIT_CODE_UNKNOWN',
              params: { system: 'TRESERVA', code: `NO-SUCH-${code}` },
            },
          ],
        });
      }
      // The code is the unit's in TRESERVA, not in another system.
      const other = (await gql(COUNTS, { csv: csv.split('\n').slice(0, 2).join('\n'), system: 'KOSTNADSSTALLE' })).data
        .importStaffingReports;
      expect(other.errors).toEqual([
        { line: 2, column: 'unit_code', rule: 'UNIT_CODE_UNKNOWN', params: { system: 'KOSTNADSSTALLE', code } },
      ]);
      expect(await stored()).toBe(before);
    });

    it('wants the code system with unit_code, and refuses it without', async () => {
      const byCode = `${BY_CODE}\n${code},2021,2,1,9,2,4,7.5,12,`;
      const missing = await gql(COUNTS, { csv: byCode });
      expect(missing.errors?.[0]?.extensions).toMatchObject({ rule: 'REQUIRED', field: 'unitCodeSystem' });
      const badFormat = await gql(COUNTS, { csv: byCode, system: 'treserva' });
      expect(badFormat.errors?.[0]?.extensions).toMatchObject({ rule: 'BAD_FORMAT', field: 'unitCodeSystem' });
      const unused = await gql(COUNTS, { csv: `${HEADER}\n${a.unitId},2021,2,1,9,2,4,7.5,12,`, system: 'TRESERVA' });
      expect(unused.errors?.[0]?.extensions).toMatchObject({
        rule: 'UNIT_CODE_SYSTEM_UNUSED',
        field: 'unitCodeSystem',
      });
      const both = (await gql(COUNTS, { csv: `unit_code,${HEADER}\n`, system: 'TRESERVA' })).data.importStaffingReports;
      expect(both.errors).toEqual([{ line: 1, column: '(file)', rule: 'CSV_UNIT_COLUMN', params: { found: 'BOTH' } }]);
    });
  });
});
