import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { quarterOf, stockholmToday } from '@kvalitetsnav/calendar';
import { handoffHeaders, officialIdentity, postGraphQL, RunningService, startTestService } from '@kvalitetsnav/testing';
import { DeviationsAppModule } from '../app.module';
import { DecisionsForIvo1796500000200 } from '../migrations/1796500000200-decisions-for-ivo';
import { loadDeviationsConfig } from '../config';

const DECISION = `id serviceArea law gender intervention decidedOn interruptedOn reason executedOn`;
const REGISTER = `mutation($i: RegisterDecisionNotExecutedInput!) { registerDecisionNotExecuted(input: $i) { ${DECISION} } }`;
const EXECUTED = `mutation($i: MarkDecisionExecutedInput!) { markDecisionExecuted(input: $i) { ${DECISION} } }`;
const QUARTERS = `query($y: Int!) { decisionsNotExecutedByQuarter(year: $y) { quarter number count ended reportedOn reportedBy reportedCount } }`;
const RECORD = `mutation($i: DecisionQuarterInput!) { recordQuarterReported(input: $i) { quarter count reportedOn reportedBy reportedCount } }`;
const GROUP = `key numerator denominator share executedInQuarter`;
const REPORT = `query($i: DecisionQuarterInput!) { decisionsNotExecutedQuarterReport(input: $i) {
  quarter count executedInQuarter byIntervention { ${GROUP} } byLaw { ${GROUP} } byGender { ${GROUP} }
  decisions { intervention gender interruptedOn } status { reportedBy } } }`;

/** Decisions not executed as IVO's quarterly report asks, on real Postgres. */
describe('decisions not executed, reported to IVO per quarter (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const today = stockholmToday();
  const gql = (query: string, variables: Record<string, unknown> = {}, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const decision = (over: Record<string, unknown> = {}) => ({
    serviceArea: 'LSS_SERVICE_HOME',
    law: 'LSS',
    gender: 'WOMAN',
    intervention: 'Bostad med särskild service',
    decidedOn: '2022-11-15',
    reason: 'Nyproduktion av boenden har inte startat enligt tidsplan',
    ...over,
  });
  const stored = async () =>
    Number((await service.app.get(DataSource).query(`SELECT count(*) FROM decision_not_executed`))[0].count);

  beforeAll(async () => {
    service = await startTestService('deviations', (env) => DeviationsAppModule.forRoot(loadDeviationsConfig(env)));
    official = await handoffHeaders({ ...officialIdentity, name: 'Eva Kvalitet' });
  });
  afterAll(() => service?.close());

  it('registers the law, the gender and an interruption, and refuses bad dates by code, storing nothing', async () => {
    const interrupted = await gql(REGISTER, {
      i: decision({ gender: 'MAN', decidedOn: '2020-05-01', interruptedOn: '2022-12-01' }),
    });
    expect(interrupted.errors).toBeUndefined();
    expect(interrupted.data.registerDecisionNotExecuted).toMatchObject({
      law: 'LSS',
      gender: 'MAN',
      decidedOn: '2020-05-01',
      interruptedOn: '2022-12-01',
      executedOn: null,
    });
    const before = await stored();
    const refusals = [
      [{ interruptedOn: '2022-11-14' }, 'interruptedOn', 'INTERRUPTED_BEFORE_DECISION'],
      [{ interruptedOn: '2999-01-01' }, 'interruptedOn', 'IN_THE_FUTURE'],
      [{ decidedOn: '2999-01-01' }, 'decidedOn', 'IN_THE_FUTURE'],
      [{ law: 'HSL' }, null, null],
    ] as const;
    for (const [over, field, rule] of refusals) {
      const refused = await gql(REGISTER, { i: decision(over) });
      expect(refused.errors?.[0]).toBeDefined();
      if (rule) expect(refused.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field, rule });
    }
    expect(await stored()).toBe(before);

    const resumedEarly = await gql(EXECUTED, {
      i: { decisionId: interrupted.data.registerDecisionNotExecuted.id, executedOn: '2022-11-30' },
    });
    expect(resumedEarly.errors?.[0].extensions).toMatchObject({
      rule: 'DATE_OUT_OF_RANGE',
      field: 'executedOn',
      params: { earliest: '2022-12-01' },
    });
  });

  it('counts each quarter per the three-month rule and breaks a quarter down by intervention, law and gender', async () => {
    await gql(REGISTER, { i: decision({ decidedOn: '2022-11-15' }) }); // due 2023-02-15
    await gql(REGISTER, { i: decision({ decidedOn: '2022-12-20', gender: 'NOT_STATED' }) }); // due 2023-03-20
    const executed = (await gql(REGISTER, { i: decision({ decidedOn: '2022-10-01', serviceArea: 'NURSING_HOME' }) }))
      .data.registerDecisionNotExecuted.id;
    await gql(REGISTER, { i: decision({ law: 'SOL', serviceArea: 'NURSING_HOME', intervention: 'Särskilt boende' }) });
    await gql(EXECUTED, { i: { decisionId: executed, executedOn: '2023-02-01' } }); // late, executed in Q1
    await gql(REGISTER, { i: decision({ decidedOn: '2023-02-01' }) }); // due 2023-05-01: not in Q1

    const quarters = (await gql(QUARTERS, { y: 2023 })).data.decisionsNotExecutedByQuarter;
    expect(quarters.map((q: any) => [q.quarter, q.count, q.ended, q.reportedOn])).toEqual([
      ['2023-Q1', 5, true, null],
      ['2023-Q2', 5, true, null],
      ['2023-Q3', 5, true, null],
      ['2023-Q4', 5, true, null],
    ]);

    const report = (await gql(REPORT, { i: { year: 2023, quarter: 1 } })).data.decisionsNotExecutedQuarterReport;
    expect([report.quarter, report.count, report.executedInQuarter]).toEqual(['2023-Q1', 5, 1]);
    expect(report.byIntervention.map((g: any) => [g.key, g.numerator, g.denominator, g.executedInQuarter])).toEqual([
      ['Bostad med särskild service', 4, 5, 1],
      ['Särskilt boende', 1, 5, 0],
    ]);
    expect(report.byLaw.map((g: any) => [g.key, g.numerator])).toEqual([
      ['SOL', 1],
      ['LSS', 4],
    ]);
    expect(report.byGender.map((g: any) => [g.key, g.numerator])).toEqual([
      ['WOMAN', 3],
      ['MAN', 1],
      ['NOT_STATED', 1],
    ]);
    expect(report.decisions.find((d: any) => d.gender === 'MAN').interruptedOn).toBe('2022-12-01');
  });

  it('records a quarter as reported to IVO once, by whom, and only once it has ended', async () => {
    const recorded = await gql(RECORD, { i: { year: 2023, quarter: 1 } });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordQuarterReported).toEqual({
      quarter: '2023-Q1',
      count: 5,
      reportedOn: today,
      reportedBy: 'Eva Kvalitet',
      reportedCount: 5,
    });
    const twice = await gql(RECORD, { i: { year: 2023, quarter: 1 } });
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'QUARTER_ALREADY_REPORTED',
      params: { quarter: '2023-Q1', reportedOn: today, reportedBy: 'Eva Kvalitet' },
    });
    const current = quarterOf(today);
    const notEnded = await gql(RECORD, { i: { year: Number(current.slice(0, 4)), quarter: Number(current.slice(6)) } });
    expect(notEnded.errors?.[0].extensions).toMatchObject({ rule: 'QUARTER_NOT_ENDED', field: 'quarter' });
    const noQuarter = await gql(RECORD, { i: { year: 2023, quarter: 5 } });
    expect(noQuarter.errors?.[0].extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'quarter' });

    const quarters = (await gql(QUARTERS, { y: 2023 })).data.decisionsNotExecutedByQuarter;
    expect(quarters.map((q: any) => [q.number, q.reportedBy])).toEqual([
      [1, 'Eva Kvalitet'],
      [2, null],
      [3, null],
      [4, null],
    ]);
    const rows = await service.app.get(DataSource).query(`SELECT count(*) FROM decision_quarter_report`);
    expect(Number(rows[0].count)).toBe(1);
    const report = (await gql(REPORT, { i: { year: 2023, quarter: 1 } })).data.decisionsNotExecutedQuarterReport;
    expect(report.status.reportedBy).toBe('Eva Kvalitet');
  });

  it('carries decisions registered before over: the law from the service area, the gender unstated', async () => {
    const db = service.app.get(DataSource);
    const migration = new DecisionsForIvo1796500000200();
    const runner = db.createQueryRunner();
    const [lss, named, sol] = [randomUUID(), randomUUID(), randomUUID()];
    try {
      await runner.startTransaction();
      await migration.down(runner);
      for (const [id, area, intervention] of [
        [lss, 'DAILY_ACTIVITY', 'Daglig verksamhet'],
        [named, 'HOUSING_SUPPORT', 'Bostad med särskild service enligt LSS 9 § 9'],
        [sol, 'HOUSING_SUPPORT', 'Boendestöd'],
      ])
        await runner.query(
          `INSERT INTO decision_not_executed (id, service_area, intervention, decided_on, reason, registered_by)
           VALUES ($1, $2, $3, '2021-01-01', 'Platsbrist', 'tidigare')`,
          [id, area, intervention],
        );
      await migration.up(runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    const rows = await db.query(
      `SELECT id, law, gender, interrupted_on FROM decision_not_executed WHERE id = ANY($1) ORDER BY intervention`,
      [[lss, named, sol]],
    );
    expect(Object.fromEntries(rows.map((r: any) => [r.id, [r.law, r.gender, r.interrupted_on]]))).toEqual({
      [lss]: ['LSS', 'NOT_STATED', null],
      [named]: ['LSS', 'NOT_STATED', null],
      [sol]: ['SOL', 'NOT_STATED', null],
    });
  });
});
