import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { KafkaClient } from '@kvalitetsnav/messaging';
import {
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  RunningService,
  sendTestEvent,
  startTestService,
  waitFor,
} from '@kvalitetsnav/testing';
import { DeviationsAppModule } from '../app.module';
import { loadDeviationsConfig } from '../config';

describe('what deviations are about: categories per kind, and the counts by them (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const today = stockholmToday();
  const year = Number(today.slice(0, 4));
  const unitId = randomUUID();
  const providerId = randomUUID();

  const gql = (query: string, variables: Record<string, unknown> = {}, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const sql = (query: string, params: unknown[] = []) => service.app.get(DataSource).query(query, params);
  const report = (kind: string, categoryCode?: string | null) =>
    gql(
      `mutation($i: ReportDeviationInput!) { reportDeviation(input: $i) { id kind categoryCode category { code label } } }`,
      { i: { unitId, kind, occurredOn: today, description: 'Insatsen blev inte av', categoryCode } },
    );
  const setCategory = (deviationId: string, categoryCode: string | null) =>
    gql(
      `mutation($i: SetDeviationCategoryInput!) { setDeviationCategory(input: $i) { categoryCode category { label } } }`,
      { i: { deviationId, categoryCode } },
    );

  beforeAll(async () => {
    service = await startTestService('deviations', (env) => DeviationsAppModule.forRoot(loadDeviationsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    await sendTestEvent(service.app.get(KafkaClient), 'contracts.unit.v1', unitId, {
      id: unitId,
      providerId,
      name: 'Särskilt boende Linden',
      serviceArea: 'NURSING_HOME',
      places: 30,
      version: 1,
    });
    await waitFor(async () => (await sql(`SELECT 1 FROM unit_ref WHERE id = $1`, [unitId])).length === 1, {
      what: 'the unit from contracts',
    });
  });
  afterAll(() => service?.close());

  it("seeds seed 004's categories and offers each kind its own", async () => {
    const codes = async (kind: string) =>
      (
        await gql(`query($k: DeviationKind) { deviationCategories(kind: $k) { code label kinds } }`, { k: kind })
      ).data.deviationCategories.map((c: any) => c.code);
    const solLss = await codes('SOL_LSS');
    expect(solLss).toEqual(
      expect.arrayContaining([
        'PLANNED_INTERVENTION_NOT_PERFORMED',
        'HANDLING_AND_DOCUMENTATION',
        'THEFT',
        'TREATMENT',
      ]),
    );
    expect(solLss).not.toContain('MEDICATION');
    expect(await codes('LEX_SARAH')).toEqual(expect.arrayContaining(['THEFT', 'PERSONAL_FILE', 'PERFORMANCE']));
    expect(await codes('HSL')).toEqual(expect.arrayContaining(['MEDICATION', 'FALL']));
    expect(await codes('COMPLAINT')).toEqual([]);
  });

  it('reports a deviation with a category of its kind and lets a handler change it', async () => {
    const reported = (await report('SOL_LSS', 'PLANNED_INTERVENTION_NOT_PERFORMED')).data.reportDeviation;
    expect(reported).toMatchObject({
      categoryCode: 'PLANNED_INTERVENTION_NOT_PERFORMED',
      category: { code: 'PLANNED_INTERVENTION_NOT_PERFORMED', label: 'Planerad insats har inte utförts' },
    });
    const changed = await setCategory(reported.id, 'THEFT');
    expect(changed.data.setDeviationCategory).toEqual({ categoryCode: 'THEFT', category: { label: 'Stöld' } });
    expect((await setCategory(reported.id, null)).data.setDeviationCategory.categoryCode).toBeNull();
    expect((await report('HSL')).data.reportDeviation.categoryCode).toBeNull();
  });

  it('refuses a category of another kind, or retired, and stores nothing', async () => {
    const before = Number((await sql(`SELECT count(*) FROM deviation`))[0].count);
    const otherKind = await report('SOL_LSS', 'MEDICATION');
    expect(otherKind.errors?.[0]).toMatchObject({
      extensions: {
        code: 'VALIDATION_FAILED',
        field: 'categoryCode',
        rule: 'CATEGORY_NOT_FOR_KIND',
        params: { value: 'MEDICATION', kind: 'SOL_LSS', kinds: ['HSL', 'LEX_MARIA'] },
      },
    });
    expect(otherKind.errors?.[0].extensions?.params?.allowed).toContain('THEFT');

    const created = await gql(
      `mutation($i: CreateDeviationCategoryInput!) { createDeviationCategory(input: $i) { id code kinds active } }`,
      { i: { code: 'NIGHT_ALARM', label: 'Larm nattetid', kinds: ['SOL_LSS', 'SOL_LSS'] } },
    );
    expect(created.data.createDeviationCategory).toMatchObject({
      code: 'NIGHT_ALARM',
      kinds: ['SOL_LSS'],
      active: true,
    });
    const deviation = (await report('SOL_LSS', 'NIGHT_ALARM')).data.reportDeviation.id;
    await gql(`mutation($i: SetDeviationCategoryActiveInput!) { setDeviationCategoryActive(input: $i) { active } }`, {
      i: { categoryId: created.data.createDeviationCategory.id, active: false },
    });
    const retired = await report('SOL_LSS', 'NIGHT_ALARM');
    expect(retired.errors?.[0]).toMatchObject({
      extensions: {
        field: 'categoryCode',
        rule: 'NOT_ACTIVE_CATEGORY',
        params: { value: 'NIGHT_ALARM', kind: 'SOL_LSS' },
      },
    });
    expect(retired.errors?.[0].extensions?.params?.allowed).not.toContain('NIGHT_ALARM');
    expect(Number((await sql(`SELECT count(*) FROM deviation`))[0].count)).toBe(before + 1);

    // The deviation keeps its retired category, but cannot be given it again once moved off it.
    const kept = await gql(`query($id: ID!) { deviation(id: $id) { category { code active } } }`, { id: deviation });
    expect(kept.data.deviation.category).toEqual({ code: 'NIGHT_ALARM', active: false });
    expect((await setCategory(deviation, 'MEDICATION')).errors?.[0]).toMatchObject({
      extensions: { field: 'categoryCode', rule: 'CATEGORY_NOT_FOR_KIND' },
    });
    expect((await sql(`SELECT category_code FROM deviation WHERE id = $1`, [deviation]))[0].category_code).toBe(
      'NIGHT_ALARM',
    );

    const complaintKinds = await gql(
      `mutation($i: CreateDeviationCategoryInput!) { createDeviationCategory(input: $i) { id } }`,
      { i: { code: 'RUDE', label: 'Otrevligt', kinds: ['COMPLAINT'] } },
    );
    expect(complaintKinds.errors?.[0]).toMatchObject({
      extensions: { field: 'kinds', rule: 'KINDS_NOT_CATEGORISED', params: { kinds: ['COMPLAINT'] } },
    });
    expect((await sql(`SELECT 1 FROM deviation_category WHERE code = 'RUDE'`)).length).toBe(0);
    const manager = await handoffHeaders({ sub: 'chef', name: 'Chef', roles: ['MANAGER'] });
    const forbidden = await gql(
      `mutation($i: CreateDeviationCategoryInput!) { createDeviationCategory(input: $i) { id } }`,
      { i: { code: 'BY_MANAGER', label: 'Av chef', kinds: ['HSL'] } },
      manager,
    );
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('counts by category and root cause with denominators, beside the same period a year earlier', async () => {
    await sql(`DELETE FROM deviation`);
    const ids: string[] = [];
    for (const [kind, code] of [
      ['SOL_LSS', 'PLANNED_INTERVENTION_NOT_PERFORMED'],
      ['SOL_LSS', 'PLANNED_INTERVENTION_NOT_PERFORMED'],
      ['HSL', 'MEDICATION'],
      ['LEX_SARAH', 'THEFT'],
      ['SOL_LSS', null],
      // A year earlier (moved back below): one planned intervention not carried out, one theft.
      ['SOL_LSS', 'PLANNED_INTERVENTION_NOT_PERFORMED'],
      ['LEX_SARAH', 'THEFT'],
    ] as const)
      ids.push((await report(kind, code)).data.reportDeviation.id);
    const complaint = await gql(`mutation($i: RegisterComplaintInput!) { registerComplaint(input: $i) { id } }`, {
      i: {
        unitId,
        receivedOn: today,
        complainant: 'RELATIVE',
        category: 'TREATMENT',
        description: 'Otrevligt bemötande',
      },
    });
    ids.push(complaint.data.registerComplaint.id);
    const causes = (await gql(`{ rootCauses { id code } }`)).data.rootCauses;
    const staffing = causes.find((c: any) => c.code === 'STAFFING').id;
    for (const id of [ids[0], ids[3], ids[6]])
      await gql(`mutation($i: SetRootCausesInput!) { setDeviationRootCauses(input: $i) { id } }`, {
        i: { deviationId: id, rootCauseIds: [staffing] },
      });
    await sql(`UPDATE deviation SET reported_on = reported_on - interval '1 year' WHERE id = ANY($1)`, [
      ids.slice(5, 7),
    ]);

    const filter = { from: `${year}-01-01`, to: today };
    const byCategory = (
      await gql(
        `query($f: StatisticsFilter) { deviationBreakdown(by: CATEGORY, filter: $f) {
          kinds denominator previousYearDenominator previousYearPeriod { from to }
          entries { key label count { numerator denominator share } previousYear { numerator denominator } change } } }`,
        { f: filter },
      )
    ).data.deviationBreakdown;
    expect(byCategory).toMatchObject({
      kinds: ['SOL_LSS', 'HSL', 'LEX_SARAH', 'LEX_MARIA'],
      denominator: 5,
      previousYearDenominator: 2,
      previousYearPeriod: { from: `${year - 1}-01-01` },
    });
    const entry = (key: string | null) => byCategory.entries.find((e: any) => e.key === key);
    expect(entry('PLANNED_INTERVENTION_NOT_PERFORMED')).toEqual({
      key: 'PLANNED_INTERVENTION_NOT_PERFORMED',
      label: 'Planerad insats har inte utförts',
      count: { numerator: 2, denominator: 5, share: 0.4 },
      previousYear: { numerator: 1, denominator: 2 },
      change: 1,
    });
    expect(entry('THEFT')).toMatchObject({ count: { numerator: 1 }, previousYear: { numerator: 1 }, change: 0 });
    expect(entry('MEDICATION')).toMatchObject({ count: { numerator: 1 }, previousYear: { numerator: 0 }, change: 1 });
    expect(entry(null)).toMatchObject({ count: { numerator: 1, denominator: 5 } });
    expect(byCategory.entries[0].key).toBe('PLANNED_INTERVENTION_NOT_PERFORMED');

    const byRootCause = (
      await gql(
        `query($f: StatisticsFilter) { deviationBreakdown(by: ROOT_CAUSE, filter: $f) { denominator entries { key count { numerator denominator } previousYear { numerator denominator } } } }`,
        { f: filter },
      )
    ).data.deviationBreakdown;
    expect(byRootCause.denominator).toBe(6);
    expect(byRootCause.entries.find((e: any) => e.key === 'STAFFING')).toEqual({
      key: 'STAFFING',
      count: { numerator: 2, denominator: 6 },
      previousYear: { numerator: 1, denominator: 2 },
    });

    const byComplainant = (
      await gql(
        `query($f: StatisticsFilter) { deviationBreakdown(by: COMPLAINANT, filter: $f) { denominator entries { key count { numerator } } } }`,
        { f: filter },
      )
    ).data.deviationBreakdown;
    expect(byComplainant.denominator).toBe(1);
    expect(byComplainant.entries[0]).toEqual({ key: 'RELATIVE', count: { numerator: 1 } });

    const totals = (
      await gql(
        `query($f: StatisticsFilter) { deviationStatistics(filter: $f) { total deviations lexSarah complaints
          previousYear { period { from to } statistics { total deviations lexSarah complaints } change { total deviations lexSarah complaints } } } }`,
        { f: filter },
      )
    ).data.deviationStatistics;
    expect(totals).toMatchObject({
      total: 6,
      deviations: 4,
      lexSarah: 1,
      complaints: 1,
      previousYear: {
        period: { from: `${year - 1}-01-01` },
        statistics: { total: 2, deviations: 1, lexSarah: 1, complaints: 0 },
        change: { total: 4, deviations: 3, lexSarah: 0, complaints: 1 },
      },
    });
    const unbounded = await gql(`{ deviationStatistics { total previousYear { period { to } } } }`);
    expect(unbounded.data.deviationStatistics).toEqual({ total: 8, previousYear: null });
  });
});
