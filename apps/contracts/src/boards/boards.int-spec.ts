import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { pendingSchemaChanges } from '@kvalitetsnav/persistence';
import {
  adminIdentity,
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
import { Boards1796500000100 } from '../migrations/1796500000100-boards';

const REGISTER = `mutation($i: RegisterBoardInput!) { registerBoard(input: $i) { id name } }`;
const RENAME = `mutation($i: RenameBoardInput!) { renameBoard(input: $i) { id name } }`;
const DEPARTMENT = `mutation($i: RegisterDepartmentInput!) { registerDepartment(input: $i) { id boardId name } }`;
const SAVE_PLAN = `mutation($i: FollowUpPlanInput!) { saveFollowUpPlan(input: $i) { id year boardId periods { startsOn endsOn target } progress { period startsOn endsOn target planned done unplanned } } }`;
const PLAN = `query($y: Int!, $b: ID) { followUpPlan(year: $y, boardId: $b) { id boardId board { name } periods { startsOn endsOn target } progress { period planned } } }`;

// Seed 002: the plan's periods run 1 December–31 May and 1 June–30 November.
const YEAR = 2031;
const SEED_002 = [
  { startsOn: `${YEAR - 1}-12-01`, endsOn: `${YEAR}-05-31`, target: 12 },
  { startsOn: `${YEAR}-06-01`, endsOn: `${YEAR}-11-30`, target: 8 },
];

/** Boards, departments, units and contracts under a board, and plans with their own periods, on real Postgres. */
describe('boards and plan periods (real Postgres and Kafka)', () => {
  let service: RunningService;
  let admin: Record<string, string>;
  let official: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}, headers = admin) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  // One broken rule comes as the error itself, several as its violations.
  const violationsOf = (result: any) => {
    const extensions = result.errors?.[0]?.extensions;
    return extensions?.violations ?? (extensions ? [extensions] : []);
  };
  const unique = (name: string) => `${name} ${randomUUID().slice(0, 8)}`;

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    admin = await handoffHeaders(adminIdentity);
    official = await handoffHeaders(officialIdentity);
  });
  afterAll(() => service?.close());

  it('carries an existing plan over to its two calendar halves, and its selections to the same period', async () => {
    const dataSource = service.app.get(DataSource);
    const migration = new Boards1796500000100();
    const runner = dataSource.createQueryRunner();
    const planId = randomUUID();
    const selectionId = randomUUID();
    try {
      await runner.startTransaction();
      await migration.down(runner);
      await runner.query(
        `INSERT INTO follow_up_plan (id, year, focus_areas, target_first_half, target_second_half, decided_by)
         VALUES ($1, 1999, '["Bemanning"]', 7, 3, 'styrelsen')`,
        [planId],
      );
      await runner.query(
        `INSERT INTO follow_up_selection (id, plan_id, half, count, seed, as_of, ordered_contract_ids, result, created_by)
         VALUES ($1, $2, 2, 3, 'frö', '1999-08-01', '[]', '{"proposals":[],"shares":{"complaints":0,"ordering":0,"random":0},"shortfall":0,"skippedOrdered":[]}', 'x')`,
        [selectionId, planId],
      );
      await migration.up(runner);
      await runner.commitTransaction();
    } catch (error) {
      await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
    const plan = (await gql(PLAN, { y: 1999 }, official)).data.followUpPlan;
    expect(plan).toMatchObject({
      id: planId,
      boardId: null,
      periods: [
        { startsOn: '1999-01-01', endsOn: '1999-06-30', target: 7 },
        { startsOn: '1999-07-01', endsOn: '1999-12-31', target: 3 },
      ],
      progress: [
        { period: 1, planned: 0 },
        { period: 2, planned: 0 },
      ],
    });
    const [selection] = await dataSource.query(`SELECT period FROM follow_up_selection WHERE id = $1`, [selectionId]);
    expect(selection.period).toBe(2);
  });

  it('registers and renames boards, each name once whatever its case, and only the administrator writes', async () => {
    const name = unique('Äldrenämnden');
    const board = (await gql(REGISTER, { i: { name: `  ${name} ` } })).data.registerBoard;
    expect(board.name).toBe(name);

    const taken = await gql(REGISTER, { i: { name: name.toUpperCase() } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'name',
      rule: 'ALREADY_EXISTS',
      params: { entity: 'BOARD' },
    });
    const boards = (await gql(`{ boards { id name } }`, {}, official)).data.boards;
    expect(boards.filter((b: any) => b.name.toLowerCase() === name.toLowerCase())).toHaveLength(1);

    const asOfficial = await gql(REGISTER, { i: { name: unique('Kommunstyrelsen') } }, official);
    expect(asOfficial.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const renamed = (await gql(RENAME, { i: { id: board.id, name: `${name} (ny)` } })).data.renameBoard;
    expect(renamed).toEqual({ id: board.id, name: `${name} (ny)` });
    const unknown = await gql(RENAME, { i: { id: randomUUID(), name: unique('Nämnd') } });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', rule: 'UNKNOWN', field: 'id' });
  });

  it("places units under a board and one of its departments; a contract takes its units' board", async () => {
    const son = (await gql(REGISTER, { i: { name: unique('Social- och omsorgsnämnden') } })).data.registerBoard;
    const aldre = (await gql(REGISTER, { i: { name: unique('Äldrenämnden') } })).data.registerBoard;
    const hemtjanst = (await gql(DEPARTMENT, { i: { boardId: aldre.id, name: 'Hemtjänst' } })).data.registerDepartment;
    expect(hemtjanst).toMatchObject({ boardId: aldre.id, name: 'Hemtjänst' });
    const twice = await gql(DEPARTMENT, { i: { boardId: aldre.id, name: 'hemtjänst' } });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ rule: 'ALREADY_EXISTS', params: { entity: 'DEPARTMENT' } });
    // Another board may have a department of the same name.
    expect((await gql(DEPARTMENT, { i: { boardId: son.id, name: 'Hemtjänst' } })).errors).toBeUndefined();
    const noBoard = await gql(DEPARTMENT, { i: { boardId: randomUUID(), name: 'Vård' } });
    expect(noBoard.errors?.[0]?.extensions).toMatchObject({
      rule: 'UNKNOWN',
      field: 'boardId',
      params: { entity: 'BOARD' },
    });

    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    const UNIT = `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id boardId departmentId board { name } department { name } } }`;
    const wrong = await gql(UNIT, { i: { ...aUnitInput(providerId), boardId: son.id, departmentId: hemtjanst.id } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ rule: 'DEPARTMENT_OF_OTHER_BOARD', field: 'departmentId' });
    expect((await gql(`query($p: ID) { units(providerId: $p) { id } }`, { p: providerId })).data.units).toEqual([]);

    const unit = (await gql(UNIT, { i: { ...aUnitInput(providerId), departmentId: hemtjanst.id } })).data.createUnit;
    expect(unit).toMatchObject({ boardId: aldre.id, departmentId: hemtjanst.id, department: { name: 'Hemtjänst' } });

    const moved = (
      await gql(`mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { boardId departmentId } }`, {
        i: { id: unit.id, boardId: son.id },
      })
    ).data.updateUnit;
    expect(moved).toEqual({ boardId: son.id, departmentId: null });

    const contract = (
      await gql(`mutation($i: CreateContractInput!) { createContract(input: $i) { id boardId } }`, {
        i: {
          reference: unique('NÄM'),
          title: 'Hemtjänst',
          form: 'LOV',
          providerId,
          unitIds: [unit.id],
          startDate: '2020-01-01',
        },
      })
    ).data.createContract;
    expect(contract.boardId).toBe(son.id);
  });

  it("keeps one plan per board and year with its own periods, refuses overlapping ones, and counts the board's follow-ups", async () => {
    const board = (await gql(REGISTER, { i: { name: unique('Äldrenämnden') } })).data.registerBoard;
    const overlapping = await gql(
      SAVE_PLAN,
      {
        i: {
          year: YEAR,
          boardId: board.id,
          focusAreas: [],
          periods: [SEED_002[0], { ...SEED_002[1], startsOn: `${YEAR}-05-31` }],
        },
      },
      official,
    );
    expect(overlapping.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(violationsOf(overlapping)).toMatchObject([
      { field: 'periods.1.startsOn', rule: 'PLAN_PERIODS_OVERLAP', params: { period: 2, other: 1 } },
    ]);
    expect((await gql(PLAN, { y: YEAR, b: board.id }, official)).data.followUpPlan).toBeNull();

    const early = await gql(
      SAVE_PLAN,
      {
        i: {
          year: YEAR,
          boardId: board.id,
          focusAreas: [],
          periods: [{ ...SEED_002[0], startsOn: `${YEAR - 1}-11-30` }],
        },
      },
      official,
    );
    expect(violationsOf(early)).toMatchObject([{ field: 'periods.0.startsOn', rule: 'PLAN_PERIOD_OUTSIDE_YEAR' }]);
    const unknownBoard = await gql(
      SAVE_PLAN,
      { i: { year: YEAR, boardId: randomUUID(), focusAreas: [], periods: SEED_002 } },
      official,
    );
    expect(unknownBoard.errors?.[0]?.extensions).toMatchObject({ rule: 'UNKNOWN', field: 'boardId' });

    const saved = (
      await gql(
        SAVE_PLAN,
        { i: { year: YEAR, boardId: board.id, focusAreas: ['Bemanning'], periods: [...SEED_002].reverse() } },
        official,
      )
    ).data.saveFollowUpPlan;
    expect(saved).toMatchObject({ year: YEAR, boardId: board.id, periods: SEED_002 });
    const again = (
      await gql(SAVE_PLAN, { i: { year: YEAR, boardId: board.id, focusAreas: [], periods: SEED_002 } }, official)
    ).data.saveFollowUpPlan;
    expect(again.id).toBe(saved.id);
    // The municipality-wide plan of the year is another plan.
    const wide = (
      await gql(
        SAVE_PLAN,
        {
          i: {
            year: YEAR,
            focusAreas: [],
            periods: [{ startsOn: `${YEAR}-01-01`, endsOn: `${YEAR}-12-31`, target: 1 }],
          },
        },
        official,
      )
    ).data.saveFollowUpPlan;
    expect(wide.id).not.toBe(saved.id);

    // A follow-up of the board's contract in December of the year before counts in its first period.
    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    const unitId = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
        i: { ...aUnitInput(providerId), boardId: board.id },
      })
    ).data.createUnit.id;
    const other = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(providerId) })
    ).data.createUnit.id;
    const contractOf = async (unit: string) =>
      (
        await gql(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
          i: {
            reference: unique('PER'),
            title: 'Boende',
            form: 'LOU',
            providerId,
            unitIds: [unit],
            startDate: '2020-01-01',
          },
        })
      ).data.createContract.id;
    const ours = await contractOf(unitId);
    const theirs = await contractOf(other);
    const followUp = async (contractId: string, plannedOn: string) =>
      (
        await gql(`mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { id } }`, {
          i: { type: 'SPECIFIC', title: 'Fördjupad', contractId, plannedOn },
        })
      ).data.createFollowUp.id;
    const december = await followUp(ours, `${YEAR - 1}-12-15`);
    await followUp(theirs, `${YEAR - 1}-12-16`);
    const plan = (await gql(PLAN, { y: YEAR, b: board.id }, official)).data.followUpPlan;
    expect(plan.progress).toEqual([
      { period: 1, planned: 1 },
      { period: 2, planned: 0 },
    ]);

    // The June board report hears the period 1 December–31 May, the board's follow-ups only.
    await service.app
      .get(DataSource)
      .query(`UPDATE follow_up SET status = 'REPORTED', reported_on = $2, decision_needed = false WHERE id = $1`, [
        december,
        `${YEAR}-01-10`,
      ]);
    const REPORT = `query($y: Int!, $m: BoardReportMonth!, $b: ID) { halfYearFollowUpReport(year: $y, month: $m, boardId: $b) { from to boardId followUps { id } } }`;
    const june = (await gql(REPORT, { y: YEAR, m: 'JUNE', b: board.id }, official)).data.halfYearFollowUpReport;
    expect(june).toEqual({
      from: `${YEAR - 1}-12-01`,
      to: `${YEAR}-05-31`,
      boardId: board.id,
      followUps: [{ id: december }],
    });
    const november = (await gql(REPORT, { y: YEAR, m: 'NOVEMBER', b: board.id }, official)).data.halfYearFollowUpReport;
    expect(november).toMatchObject({ from: `${YEAR}-06-01`, to: `${YEAR}-11-30`, followUps: [] });

    // The board's queue of decision cases has its contracts' follow-ups only.
    const decisions = [await followUp(ours, `${YEAR}-02-01`), await followUp(theirs, `${YEAR}-02-01`)];
    await service.app
      .get(DataSource)
      .query(`UPDATE follow_up SET status = 'REPORTED', reported_on = $2, decision_needed = true WHERE id = ANY($1)`, [
        decisions,
        `${YEAR}-02-10`,
      ]);
    const queue = async (b: string | null) =>
      (await gql(`query($b: ID) { boardQueue(boardId: $b) { id } }`, { b }, official)).data.boardQueue.map(
        (f: any) => f.id,
      );
    expect(await queue(board.id)).toEqual([decisions[0]]);
    expect(await queue(null)).toEqual(expect.arrayContaining(decisions));

    // A selection for the board's plan proposes only the board's contracts, for a period the plan has.
    const SELECT = `mutation($i: PlanFollowUpsInput!) { planFollowUps(input: $i) { period proposals { contractId } } }`;
    const selection = (
      await gql(SELECT, { i: { year: YEAR, boardId: board.id, period: 2, count: 5, orderedContractIds: [] } }, official)
    ).data.planFollowUps;
    expect(selection.period).toBe(2);
    expect(selection.proposals.map((p: any) => p.contractId)).toEqual([ours]);
    const noSuchPeriod = await gql(
      SELECT,
      { i: { year: YEAR, boardId: board.id, period: 3, count: 5, orderedContractIds: [] } },
      official,
    );
    expect(noSuchPeriod.errors?.[0]?.extensions).toMatchObject({
      rule: 'PLAN_PERIOD_UNKNOWN',
      field: 'period',
      params: { period: 3, periods: 2 },
    });
  });
});
