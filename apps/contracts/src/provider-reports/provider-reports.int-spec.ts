import { DataSource } from 'typeorm';
import { OutboxRelay } from '@kvalitetsnav/messaging';
import { stockholmToday } from '@kvalitetsnav/calendar';
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

const STAFFING = `mutation($input: SubmitStaffingReportInput!) { submitStaffingReport(input: $input) { id version year half managers sickLeavePercent jobTitles { title headcount } } }`;
const BUSINESS = `mutation($input: SubmitBusinessReportInput!) { submitBusinessReport(input: $input) { id version year sections { section text } figures { usersServed } } }`;

describe("providers' business and staffing reports (real Postgres and Kafka)", () => {
  let service: RunningService;
  let official: Record<string, string>;
  const a = { providerId: '', unitId: '', headers: {} as Record<string, string> };
  let otherUnitId: string;
  const thisYear = Number(stockholmToday().slice(0, 4));

  const gql = (query: string, variables: Record<string, unknown>, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const staffing = (overrides: Record<string, unknown> = {}) => ({
    unitId: a.unitId,
    year: 2022,
    half: 1,
    managers: 1,
    permanent: 9,
    temporary: 2,
    hourly: 4,
    jobTitles: [
      { title: 'Stödassistent', headcount: 10 },
      { title: 'Stödpedagog', headcount: 3 },
    ],
    sickLeavePercent: 7.5,
    staffTurnoverPercent: 12,
    ...overrides,
  });
  const business = (overrides: Record<string, unknown> = {}) => ({
    unitId: a.unitId,
    year: 2022,
    sections: [
      { section: 'SUMMARY', text: 'Ett år med stabil bemanning.' },
      { section: 'USER_PARTICIPATION', text: 'Boenderåd varje månad.' },
    ],
    figures: { usersServed: 6, placesAvailable: 6, complaintsReceived: 1 },
    ...overrides,
  });
  const count = async (table: string) =>
    Number((await service.app.get(DataSource).query(`SELECT count(*) FROM ${table}`))[0].count);

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    a.providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    a.unitId = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(a.providerId) })
    ).data.createUnit.id;
    const other = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    otherUnitId = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(other) })
    ).data.createUnit.id;
    a.headers = await handoffHeaders({
      sub: 'api-key:test',
      name: 'A:s system',
      roles: ['PROVIDER'],
      providerId: a.providerId,
    });
  });
  afterAll(() => service?.close());

  it('keeps every version of a resubmitted staffing report and publishes each', async () => {
    const first = await gql(STAFFING, { input: staffing() }, a.headers);
    expect(first.errors).toBeUndefined();
    expect(first.data.submitStaffingReport).toMatchObject({
      version: 1,
      managers: 1,
      sickLeavePercent: 7.5,
      jobTitles: [
        { title: 'Stödassistent', headcount: 10 },
        { title: 'Stödpedagog', headcount: 3 },
      ],
    });
    const second = await gql(STAFFING, { input: staffing({ sickLeavePercent: 6.25 }) }, a.headers);
    expect(second.data.submitStaffingReport).toMatchObject({ version: 2, sickLeavePercent: 6.25 });

    const listed = await gql(
      `query($u: ID!) { staffingReports(unitId: $u, year: 2022, half: 1) { version sickLeavePercent } }`,
      { u: a.unitId },
      a.headers,
    );
    expect(listed.data.staffingReports).toEqual([
      { version: 2, sickLeavePercent: 6.25 },
      { version: 1, sickLeavePercent: 7.5 },
    ]);

    await service.app.get(OutboxRelay).flush();
    const events = await service.app
      .get(DataSource)
      .query(
        `SELECT envelope FROM outbox WHERE topic = 'contracts.business-report.v1' AND message_key = $1 ORDER BY id`,
        [a.unitId],
      );
    expect(
      events.map((e: any) => [
        e.envelope.type,
        e.envelope.payload.version,
        e.envelope.payload.staffing.sickLeavePercent,
      ]),
    ).toEqual([
      ['StaffingReportSubmitted', 1, 7.5],
      ['StaffingReportSubmitted', 2, 6.25],
    ]);
  });

  it('takes the business report sections and figures, versioned per unit and year', async () => {
    const first = await gql(BUSINESS, { input: business() }, a.headers);
    expect(first.errors).toBeUndefined();
    expect(first.data.submitBusinessReport).toMatchObject({ version: 1, year: 2022, figures: { usersServed: 6 } });
    const again = await gql(BUSINESS, { input: business({ figures: { usersServed: 7 } }) }, a.headers);
    expect(again.data.submitBusinessReport).toMatchObject({ version: 2, figures: { usersServed: 7 } });
    const unit = await gql(
      `query($u: ID!) { unit(id: $u) { businessReports { version year } } }`,
      { u: a.unitId },
      a.headers,
    );
    expect(unit.data.unit.businessReports).toEqual([
      { version: 2, year: 2022 },
      { version: 1, year: 2022 },
    ]);
  });

  it('refuses bad reports with the field and the rule, and stores nothing', async () => {
    const before = [await count('staffing_report'), await count('business_report'), await count('outbox')];
    const cases: [string, Record<string, unknown>, string, string][] = [
      [STAFFING, staffing({ permanent: -1 }), 'permanent', 'permanent must be 0 or more'],
      [
        STAFFING,
        staffing({ sickLeavePercent: 100.5 }),
        'sickLeavePercent',
        'sickLeavePercent must be between 0 and 100',
      ],
      [STAFFING, staffing({ half: 3 }), 'half', 'half must be 1 or 2'],
      [STAFFING, staffing({ year: thisYear + 1 }), 'half', `half-year ${thisYear + 1}:1 is in the future`],
      [
        STAFFING,
        staffing({ jobTitles: [{ title: 'Stödassistent', headcount: 40 }] }),
        'jobTitles',
        'jobTitles add up to 40 people but the report has 16',
      ],
      [
        STAFFING,
        staffing({ jobTitles: [{ title: 'Stödassistent', headcount: -2 }] }),
        'jobTitles.0.headcount',
        'jobTitles.headcount must be 0 or more',
      ],
      [BUSINESS, business({ year: thisYear + 1 }), 'year', `year ${thisYear + 1} is in the future`],
      [
        BUSINESS,
        business({ sections: [{ section: 'QUALITY_WORK', text: 'x' }] }),
        'sections',
        'sections must include SUMMARY',
      ],
      [
        BUSINESS,
        business({ figures: { usersServed: -3 } }),
        'figures.usersServed',
        'figures.usersServed must be 0 or more',
      ],
      [
        BUSINESS,
        business({ unitId: '00000000-0000-4000-8000-000000000000' }),
        'unitId',
        'unitId 00000000-0000-4000-8000-000000000000 is not a known unit',
      ],
    ];
    for (const [mutation, input, field, message] of cases) {
      const result = await gql(mutation, { input }, a.headers);
      expect({ field, error: result.errors?.[0]?.extensions?.field, message: result.errors?.[0]?.message }).toEqual({
        field,
        error: field,
        message: expect.stringContaining(message),
      });
    }
    expect([await count('staffing_report'), await count('business_report'), await count('outbox')]).toEqual(before);
  });

  it("refuses a provider on another provider's unit, and hides other providers' reports", async () => {
    await gql(STAFFING, { input: staffing({ unitId: otherUnitId }) }); // an official may file for any unit
    const refused = await gql(STAFFING, { input: staffing({ unitId: otherUnitId }) }, a.headers);
    // Another provider's unit answers exactly as an unknown one.
    expect(refused.errors?.[0]).toMatchObject({
      message: `unitId ${otherUnitId} is not a known unit`,
      extensions: {
        code: 'NOT_FOUND',
        field: 'unitId',
        rule: 'UNKNOWN',
        params: { entity: 'UNIT', ids: [otherUnitId] },
      },
    });
    const read = await gql(`query($u: ID!) { staffingReports(unitId: $u) { id } }`, { u: otherUnitId }, a.headers);
    expect(read.data.staffingReports).toEqual([]);
    const missing = await gql(`{ unitsMissingReport(kind: STAFFING, year: 2022, half: 1) { id } }`, {}, a.headers);
    expect(missing.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('lists for officials the units that have not reported for a period', async () => {
    const missing = await gql(
      `{ business: unitsMissingReport(kind: BUSINESS, year: 2022) { id } staffing: unitsMissingReport(kind: STAFFING, year: 2022, half: 2) { id } }`,
      {},
    );
    expect(missing.data.business.map((u: { id: string }) => u.id)).toEqual([otherUnitId]);
    expect(missing.data.staffing.map((u: { id: string }) => u.id).sort()).toEqual([a.unitId, otherUnitId].sort());
    const noHalf = await gql(`{ unitsMissingReport(kind: STAFFING, year: 2022) { id } }`, {});
    expect(noHalf.errors?.[0]).toMatchObject({
      message: 'half is required for STAFFING reports',
      extensions: { field: 'half', rule: 'HALF_REQUIRED', params: { kind: 'STAFFING' } },
    });
  });
});
