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
import { newStartFollowUpDate } from './follow-up-workflow-rules';

const FIELDS = `id type status responsible assistant methods checklist { item done } findings decisionNeeded reportedOn boardMeetingOn publishedOn closedOn actions { id status deadline actionPlan }`;
const CHECKLIST = ['CONTRACT', 'COMPLAINTS', 'BUSINESS_REPORT', 'MAS_MAR_INPUT', 'SYSTEM_DATA'].map((item) => ({
  item,
  done: true,
}));
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('follow-ups from planning to closing (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const today = stockholmToday();
  const a = { providerId: '', contractId: '', headers: {} as Record<string, string> };
  const b = { providerId: '', contractId: '', headers: {} as Record<string, string> };

  const gql = (query: string, variables: Record<string, unknown> = {}, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const create = async (input: Record<string, unknown>) =>
    gql(`mutation($i: CreateFollowUpInput!) { createFollowUp(input: $i) { ${FIELDS} } }`, { i: input });
  const prepare = (input: Record<string, unknown>) =>
    gql(`mutation($i: PrepareFollowUpInput!) { prepareFollowUp(input: $i) { ${FIELDS} } }`, { i: input });
  const start = (id: string) => gql(`mutation($id: ID!) { startFollowUp(id: $id) { ${FIELDS} } }`, { id });
  const report = (input: Record<string, unknown>) =>
    gql(`mutation($i: ReportFollowUpInput!) { reportFollowUp(input: $i) { ${FIELDS} } }`, { i: input });
  const close = (id: string) => gql(`mutation($id: ID!) { closeFollowUp(id: $id) { ${FIELDS} } }`, { id });

  async function provider(contractStart: string) {
    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    const unitId = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(providerId) })
    ).data.createUnit.id;
    const reference = `FU-${Math.random().toString(36).slice(2, 8)}`;
    const contract = await gql(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
      i: {
        reference,
        title: 'Hemtjänst LOV',
        form: 'LOV',
        providerId,
        unitIds: [unitId],
        startDate: contractStart,
        endDate: '2099-12-31',
      },
    });
    const headers = await handoffHeaders({
      sub: `api-key:${providerId}`,
      name: 'Utförarens system',
      roles: ['PROVIDER'],
      providerId,
    });
    return { providerId, contractId: contract.data.createContract.id as string, headers };
  }

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    Object.assign(a, await provider('2020-01-01'));
    Object.assign(b, await provider('2020-01-01'));
  });
  afterAll(() => service?.close());

  it('schedules a new-start follow-up six months after a new contract starts', async () => {
    const fresh = await provider(today);
    const listed = await gql(`query($c: ID!) { followUps(contractId: $c) { type status plannedOn } }`, {
      c: fresh.contractId,
    });
    expect(listed.data.followUps).toEqual([
      { type: 'NEW_START', status: 'PLANNED', plannedOn: newStartFollowUpDate(today) },
    ]);
    // A contract registered years after it began gets none.
    expect(
      (await gql(`query($c: ID!) { followUps(contractId: $c) { id } }`, { c: a.contractId })).data.followUps,
    ).toEqual([]);
  });

  it('works a specific follow-up through preparation, fieldwork, report, actions, re-check and closing', async () => {
    const created = await create({
      type: 'SPECIFIC',
      title: 'Fördjupad uppföljning hemtjänst',
      contractId: a.contractId,
      plannedOn: today,
    });
    expect(created.errors).toBeUndefined();
    const id = created.data.createFollowUp.id;

    const unprepared = await start(id);
    expect(unprepared.errors?.[0]).toMatchObject({
      message: 'a responsible official must be named before the follow-up starts',
      extensions: { code: 'VALIDATION_FAILED', field: 'responsible' },
    });
    const same = await prepare({ followUpId: id, responsible: 'Anna Ansvarig', assistant: 'Anna Ansvarig' });
    expect(same.errors?.[0]).toMatchObject({ extensions: { field: 'assistant' } });
    await prepare({
      followUpId: id,
      responsible: 'Anna Ansvarig',
      assistant: 'Bo Biträdande',
      methods: ['INTERVIEW', 'OBSERVATION', 'INTERVIEW'],
      checklist: CHECKLIST.slice(0, 3),
    });
    const halfPrepared = await start(id);
    expect(halfPrepared.errors?.[0]?.message).toBe('preparation is not done: MAS_MAR_INPUT, SYSTEM_DATA');
    expect(halfPrepared.errors?.[0]?.extensions).toEqual({
      code: 'VALIDATION_FAILED',
      rule: 'PREPARATION_NOT_DONE',
      field: 'checklist',
      params: { missing: ['MAS_MAR_INPUT', 'SYSTEM_DATA'] },
    });
    await prepare({ followUpId: id, checklist: CHECKLIST.slice(3) });
    const started = await start(id);
    expect(started.data.startFollowUp).toMatchObject({
      status: 'IN_PROGRESS',
      methods: ['INTERVIEW', 'OBSERVATION'],
      responsible: 'Anna Ansvarig',
    });

    const late = await report({
      followUpId: id,
      findings: 'Brister i genomförandeplaner.',
      decisionNeeded: false,
      actions: [{ description: 'x', deadline: '2001-01-01' }],
    });
    expect(late.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION_FAILED', field: 'actions.0.deadline' } });
    const reported = await report({
      followUpId: id,
      findings: 'Brister i genomförandeplaner och dokumentation.',
      decisionNeeded: false,
      actions: [
        { description: 'Upprätta genomförandeplaner för alla brukare', deadline: inDays(30) },
        { description: 'Rutin för social dokumentation', deadline: inDays(60) },
      ],
    });
    expect(reported.data.reportFollowUp).toMatchObject({
      status: 'REPORTED',
      reportedOn: today,
      decisionNeeded: false,
    });
    const [first, second] = reported.data.reportFollowUp.actions;

    // The provider answers through its own system; another provider cannot touch the actions.
    const plan = await gql(
      `mutation($i: ActionPlanInput!) { submitActionPlan(input: $i) { status actionPlan } }`,
      { i: { actionId: first.id, plan: 'Planerna klara inom en månad.' } },
      a.headers,
    );
    expect(plan.data.submitActionPlan).toEqual({
      status: 'PLAN_RECEIVED',
      actionPlan: 'Planerna klara inom en månad.',
    });
    const foreign = await gql(
      `mutation($i: ActionPlanInput!) { submitActionPlan(input: $i) { status } }`,
      { i: { actionId: second.id, plan: 'x' } },
      b.headers,
    );
    // Another provider's action answers exactly as an unknown one.
    expect(foreign.errors?.[0]).toMatchObject({
      message: `actionId ${second.id} is not a known follow-up action`,
      extensions: {
        code: 'NOT_FOUND',
        field: 'actionId',
        rule: 'UNKNOWN',
        params: { entity: 'FOLLOW_UP_ACTION', ids: [second.id] },
      },
    });
    expect((await gql(`query($id: ID!) { followUp(id: $id) { id } }`, { id }, b.headers)).data.followUp).toBeNull();

    const early = await close(id);
    expect(early.errors?.[0]).toMatchObject({
      message: '2 required actions are not yet verified at re-check',
      extensions: { field: 'actions' },
    });
    for (const action of [first, second])
      await gql(
        `mutation($id: ID!) { completeFollowUpAction(actionId: $id) { status } }`,
        { id: action.id },
        a.headers,
      );
    const RECHECK = `mutation($i: RecheckActionInput!) { recheckFollowUpAction(input: $i) { status recheckNote deadline rechecks { checkedOn met note newDeadline } } }`;
    const yesterday = new Date(Date.parse(today) - 86_400_000).toISOString().slice(0, 10);
    const pastDeadline = await gql(RECHECK, {
      i: { actionId: second.id, met: false, note: 'Rutinen saknar ansvarsfördelning.', newDeadline: yesterday },
    });
    expect(pastDeadline.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      field: 'newDeadline',
      rule: 'DEADLINE_PASSED',
      params: { value: yesterday, today },
    });
    const metWithDeadline = await gql(RECHECK, {
      i: { actionId: second.id, met: true, note: 'Klart.', newDeadline: today },
    });
    expect(metWithDeadline.errors?.[0]?.extensions).toMatchObject({
      field: 'newDeadline',
      rule: 'NEW_DEADLINE_WHEN_MET',
    });
    const newDeadline = new Date(Date.parse(today) + 14 * 86_400_000).toISOString().slice(0, 10);
    const notMet = await gql(RECHECK, {
      i: { actionId: second.id, met: false, note: 'Rutinen saknar ansvarsfördelning.', newDeadline },
    });
    expect(notMet.data.recheckFollowUpAction).toEqual({
      status: 'PLAN_RECEIVED',
      recheckNote: 'Rutinen saknar ansvarsfördelning.',
      deadline: newDeadline,
      rechecks: [{ checkedOn: today, met: false, note: 'Rutinen saknar ansvarsfördelning.', newDeadline }],
    });
    await gql(`mutation($id: ID!) { completeFollowUpAction(actionId: $id) { status } }`, { id: second.id }, a.headers);
    for (const action of [first, second]) {
      const met = await gql(`mutation($i: RecheckActionInput!) { recheckFollowUpAction(input: $i) { status } }`, {
        i: { actionId: action.id, met: true, note: 'Kontrollerat på plats.' },
      });
      expect(met.data.recheckFollowUpAction.status).toBe('VERIFIED');
    }
    // The not-met re-check stays on record after the later one found the action met.
    const history = await gql(`query($id: ID!) { followUp(id: $id) { actions { id rechecks { met note } } } }`, { id });
    expect(history.data.followUp.actions.find((x: any) => x.id === second.id).rechecks).toEqual([
      { met: false, note: 'Rutinen saknar ansvarsfördelning.' },
      { met: true, note: 'Kontrollerat på plats.' },
    ]);
    const closed = await close(id);
    expect(closed.data.closeFollowUp).toMatchObject({ status: 'CLOSED', closedOn: today });
    const again = await close(id);
    expect(again.errors?.[0]).toMatchObject({
      message: 'a CLOSED follow-up cannot go to CLOSED (only from REPORTED)',
      extensions: {
        code: 'CONFLICT',
        rule: 'FOLLOW_UP_TRANSITION',
        params: { from: 'CLOSED', to: 'CLOSED', allowedFrom: ['REPORTED'] },
      },
    });

    const published = await gql(`mutation($id: ID!) { publishFollowUpReport(id: $id) { publishedOn } }`, { id });
    expect(published.data.publishFollowUpReport.publishedOn).toBe(today);

    await service.app.get(OutboxRelay).flush();
    const events = await service.app
      .get(DataSource)
      .query(`SELECT envelope FROM outbox WHERE topic = 'contracts.follow-up.v1' AND message_key = $1 ORDER BY id`, [
        id,
      ]);
    const types = events.map((e: any) => e.envelope.type);
    expect(types[0]).toBe('FollowUpPlanned');
    expect(types).toEqual(
      expect.arrayContaining([
        'FollowUpStarted',
        'FollowUpReported',
        'FollowUpActionChanged',
        'FollowUpClosed',
        'FollowUpPublished',
      ]),
    );
    const versions = events.map((e: any) => e.envelope.payload.version);
    expect(versions).toEqual([...versions].sort((x: number, y: number) => x - y));
    expect(events.at(-1).envelope.payload).toMatchObject({
      status: 'CLOSED',
      openActions: 0,
      providerId: a.providerId,
    });
  });

  it('lists overdue actions, queues decision cases for the board and puts the rest in the half-yearly report', async () => {
    const decision = (
      await create({
        type: 'TRIGGERED',
        title: 'Lex Sarah-signal',
        purpose: 'Två lex Sarah-rapporter på kort tid',
        contractId: a.contractId,
        plannedOn: today,
      })
    ).data.createFollowUp.id;
    await prepare({
      followUpId: decision,
      responsible: 'Anna Ansvarig',
      methods: ['DOCUMENT_REVIEW'],
      checklist: CHECKLIST,
    });
    await start(decision);
    const reported = await report({
      followUpId: decision,
      findings: 'Allvarliga brister.',
      decisionNeeded: true,
      actions: [{ description: 'Ny bemanningsplan', deadline: inDays(1) }],
    });
    // Time passes: the deadline is behind us.
    await service.app
      .get(DataSource)
      .query(`UPDATE follow_up_action SET deadline = $1 WHERE follow_up_id = $2`, ['2020-01-31', decision]);

    const overdue = await gql(`{ overdueFollowUpActions { id deadline followUpId } }`);
    expect(overdue.data.overdueFollowUpActions).toEqual([
      { id: reported.data.reportFollowUp.actions[0].id, deadline: '2020-01-31', followUpId: decision },
    ]);
    expect((await gql(`{ overdueFollowUpActions { id } }`, {}, b.headers)).data.overdueFollowUpActions).toEqual([]);

    expect((await gql(`{ boardQueue { id } }`)).data.boardQueue).toEqual([{ id: decision }]);
    const before = await gql(`mutation($i: PresentToBoardInput!) { presentFollowUpToBoard(input: $i) { id } }`, {
      i: { followUpId: decision, meetingOn: '2020-01-01' },
    });
    expect(before.errors?.[0]).toMatchObject({ extensions: { code: 'VALIDATION_FAILED', field: 'meetingOn' } });
    const presented = await gql(
      `mutation($i: PresentToBoardInput!) { presentFollowUpToBoard(input: $i) { boardMeetingOn } }`,
      { i: { followUpId: decision, meetingOn: inDays(14) } },
    );
    expect(presented.data.presentFollowUpToBoard.boardMeetingOn).toBe(inDays(14));
    expect((await gql(`{ boardQueue { id } }`)).data.boardQueue).toEqual([]);

    const month = Number(today.slice(5, 7));
    const reportYear = month === 12 ? Number(today.slice(0, 4)) + 1 : Number(today.slice(0, 4));
    const reportMonth = month === 12 || month <= 5 ? 'JUNE' : 'NOVEMBER';
    const halfYear = await gql(
      `query($y: Int!, $m: BoardReportMonth!) { halfYearFollowUpReport(year: $y, month: $m) { from to followUps { id type decisionNeeded } } }`,
      { y: reportYear, m: reportMonth },
    );
    expect(halfYear.data.halfYearFollowUpReport.followUps.map((f: any) => f.decisionNeeded)).not.toContain(true);
    expect(halfYear.data.halfYearFollowUpReport.followUps.map((f: any) => f.type)).toContain('SPECIFIC');
  });

  it('pages, sorts and filters follow-ups in the database, with provider and units, and a provider sees only its own', async () => {
    const ours = await provider('2020-01-01');
    const titles = ['Paging C', 'Paging A', 'Paging B', 'Paging 100%'];
    for (const [i, title] of titles.entries())
      await create({ type: 'SPECIFIC', title, contractId: ours.contractId, plannedOn: inDays(200 + i) });
    const PAGE = `query($p: ID, $s: String, $sortBy: FollowUpSortField!, $d: Boolean, $o: Int, $l: Int) {
      followUpsPage(providerId: $p, search: $s, sortBy: $sortBy, descending: $d, offset: $o, limit: $l) {
        total offset limit items { title provider { id name } contract { units { id } } }
      }
    }`;
    const first = await gql(PAGE, { p: ours.providerId, sortBy: 'TITLE', o: 0, l: 2 });
    expect(first.data.followUpsPage).toMatchObject({ total: 4, offset: 0, limit: 2 });
    const all = await gql(PAGE, { p: ours.providerId, sortBy: 'TITLE', d: true, o: 0, l: 100 });
    const sorted = all.data.followUpsPage.items.map((f: any) => f.title);
    expect(sorted).toEqual([...sorted].sort((x, y) => (x < y ? 1 : x > y ? -1 : 0)));
    const second = await gql(PAGE, { p: ours.providerId, sortBy: 'TITLE', o: 2, l: 2 });
    const ascending = [...sorted].reverse();
    expect([...first.data.followUpsPage.items, ...second.data.followUpsPage.items].map((f: any) => f.title)).toEqual(
      ascending.slice(0, 4),
    );
    expect(first.data.followUpsPage.items[0].provider.id).toBe(ours.providerId);
    expect(first.data.followUpsPage.items[0].contract.units).toHaveLength(1);

    const found = await gql(PAGE, { p: ours.providerId, s: '100%', sortBy: 'PLANNED_ON' });
    expect(found.data.followUpsPage.items.map((f: any) => f.title)).toEqual(['Paging 100%']);

    const asProvider = await gql(PAGE, { sortBy: 'PLANNED_ON', l: 100 }, ours.headers);
    expect(asProvider.data.followUpsPage.total).toBe(4);
    const another = await gql(PAGE, { p: ours.providerId, sortBy: 'PLANNED_ON' }, a.headers);
    expect(another.data.followUpsPage).toMatchObject({ total: 0, items: [] });

    const tooMany = await gql(PAGE, { sortBy: 'PLANNED_ON', l: 500 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'limit' });
  });

  it('refuses follow-ups that lack what their type needs', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ type: 'SPECIFIC' }, 'contractId', 'contractId is required for SPECIFIC follow-ups'],
      [
        { type: 'IOP_ANNUAL', contractId: a.contractId },
        'contractId',
        'an IOP_ANNUAL follow-up needs an IOP contract, not LOV',
      ],
      [
        { type: 'TRIGGERED', contractId: a.contractId },
        'purpose',
        'purpose must say what triggered a TRIGGERED follow-up',
      ],
      [{ type: 'OVERARCHING', plannedOn: '2022-02-30' }, 'plannedOn', 'plannedOn must be a date YYYY-MM-DD'],
    ];
    for (const [overrides, field, message] of cases) {
      const result = await create({ title: 'x', plannedOn: today, ...overrides });
      expect({ field: result.errors?.[0]?.extensions?.field, message: result.errors?.[0]?.message }).toEqual({
        field,
        message: expect.stringContaining(message),
      });
    }
    const overarching = await create({
      type: 'OVERARCHING',
      title: 'Bemanning på boenden',
      purpose: 'Hur ser bemanningen ut på våra boenden?',
      plannedOn: today,
    });
    expect(overarching.data.createFollowUp).toMatchObject({ type: 'OVERARCHING', status: 'PLANNED' });
  });
});
