import { randomUUID } from 'node:crypto';
import { TopicName } from '@kvalitetsnav/events';
import { KafkaClient } from '@kvalitetsnav/messaging';
import { halfEnd, halfStart, stockholmToday } from '@kvalitetsnav/calendar';
import {
  RunningService,
  aProviderInput,
  aUnitInput,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  sendTestEvent,
  startTestService,
  waitFor,
} from '@kvalitetsnav/testing';
import { ContractsAppModule } from '../app.module';
import { monthsBefore } from './risk-rules';
import { loadContractsConfig } from '../config';

const RISK = `query($id: ID!) { contract(id: $id) { risk { score complaints parts { kind count points } } } }`;
const PLAN = `mutation($input: PlanFollowUpsInput!) { planFollowUps(input: $input) { id seed asOf shares { complaints ordering random } shortfall proposals { rank contractId third reasonCode orderedPosition reason riskScore complaints } skippedOrdered { contractId reasonCode reason } } }`;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

describe('follow-up planning from risk signals (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const today = stockholmToday();
  const year = Number(today.slice(0, 4));
  const half = Number(today.slice(5, 7)) <= 6 ? 1 : 2;

  const gql = (query: string, variables: Record<string, unknown> = {}) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, official);

  async function contractWithUnit(reference: string) {
    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    const unitId = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(providerId) })
    ).data.createUnit.id;
    const created = await gql(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
      i: {
        reference,
        title: 'Gruppbostad LSS',
        form: 'LOU',
        providerId,
        unitIds: [unitId],
        startDate: '2020-01-01',
        endDate: '2099-12-31',
      },
    });
    return { providerId, unitId, contractId: created.data.createContract.id as string };
  }

  const send = (topic: TopicName, key: string, payload: unknown, eventId?: string) =>
    sendTestEvent(service.app.get(KafkaClient), topic, key, payload, eventId);

  const risk = async (contractId: string) => (await gql(RISK, { id: contractId })).data.contract.risk;

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
  });
  afterAll(() => service?.close());

  it("raises a contract's risk as deviations, complaints, survey results and case flows arrive over Kafka", async () => {
    const { providerId, unitId, contractId } = await contractWithUnit('RISK-1');
    // Started in 2020 and silent since: both yearly and half-yearly reports are missing.
    expect(await risk(contractId)).toEqual({
      score: 4,
      complaints: 0,
      parts: [
        { kind: 'MISSING_BUSINESS_REPORT', count: 1, points: 2 },
        { kind: 'MISSING_STAFFING_REPORT', count: 1, points: 2 },
      ],
    });

    const deviationId = randomUUID();
    const deviation = {
      id: deviationId,
      unitId,
      providerId,
      serviceArea: 'LSS_GROUP_HOME',
      kind: 'SOL_LSS',
      status: 'REPORTED',
      occurredOn: daysAgo(20),
      reportedAt: new Date().toISOString(),
      version: 1,
    };
    const firstEventId = await send('deviations.deviation.v1', deviationId, deviation);
    await send('deviations.complaint.v1', randomUUID(), {
      id: randomUUID(),
      unitId,
      providerId,
      serviceArea: 'LSS_GROUP_HOME',
      receivedOn: daysAgo(10),
      status: 'RECEIVED',
      version: 1,
    });
    await send('surveys.result.v1', randomUUID(), {
      roundId: randomUUID(),
      name: 'Brukarundersökning LSS',
      period: String(year),
      closedOn: daysAgo(5),
      units: [{ unitId, providerId, offered: 6, answered: 5, sharePositive: 0.55 }],
    });
    await send('deviations.deviation.v1', randomUUID(), { ...deviation, id: randomUUID(), occurredOn: daysAgo(500) }); // too old to count
    // Reported case flows for last month only: the two months before it are missing.
    await send('forecasting.case-flow.v1', unitId, {
      id: randomUUID(),
      unitId,
      providerId,
      service: 'LSS',
      month: monthsBefore(today, 1)[0],
      incoming: 1,
      outgoing: 0,
      version: 1,
    });
    await waitFor(async () => (await risk(contractId)).score === 4 + 1 + 3 + 5 + 2, {
      what: 'signals in the risk score',
    });

    // The same event again changes nothing; a later version of the deviation (now lex Sarah) replaces it.
    await send('deviations.deviation.v1', deviationId, deviation, firstEventId);
    await send('deviations.deviation.v1', deviationId, { ...deviation, kind: 'LEX_SARAH', version: 2 });
    await waitFor(async () => (await risk(contractId)).score === 4 + 5 + 3 + 5 + 2, {
      what: 'the lex Sarah re-assessment',
    });
    expect((await risk(contractId)).parts).toEqual([
      { kind: 'LEX_SARAH', count: 1, points: 5 },
      { kind: 'COMPLAINT', count: 1, points: 3 },
      { kind: 'LOW_SURVEY_RESULT', count: 1, points: 5 },
      { kind: 'MISSING_BUSINESS_REPORT', count: 1, points: 2 },
      { kind: 'MISSING_STAFFING_REPORT', count: 1, points: 2 },
      { kind: 'MISSING_CASE_FLOW_MONTH', count: 2, points: 2 },
    ]);
  });

  it("refuses to select without the year's plan, then proposes by thirds with reasons, reproducibly from the stored seed", async () => {
    const noPlan = await gql(PLAN, { input: { year: 2001, period: 1, count: 3, orderedContractIds: [] } });
    expect(noPlan.errors?.[0]).toMatchObject({
      message: "there is no follow-up plan for 2001; save the year's plan first",
      extensions: { code: 'NOT_FOUND', field: 'year', rule: 'NO_PLAN_FOR_YEAR', params: { year: 2001 } },
    });

    const saved = await gql(
      `mutation($i: FollowUpPlanInput!) { saveFollowUpPlan(input: $i) { year focusAreas progress { period target planned unplanned } } }`,
      {
        i: {
          year,
          focusAreas: ['Bemanning', 'Granskning av delegeringar', 'Bemanning'],
          periods: [
            { startsOn: halfStart(year, 2), endsOn: halfEnd(year, 2), target: 10 },
            { startsOn: halfStart(year, 1), endsOn: halfEnd(year, 1), target: 10 },
          ],
        },
      },
    );
    expect(saved.data.saveFollowUpPlan).toMatchObject({
      year,
      focusAreas: ['Bemanning', 'Granskning av delegeringar'],
      progress: [
        { period: 1, target: 10, planned: 0, unplanned: 10 },
        { period: 2, target: 10 },
      ],
    });

    const wanted = await contractWithUnit('ORDER-1');
    const others = [await contractWithUnit('CALM-1'), await contractWithUnit('CALM-2')];
    const input = { year, period: half, count: 3, orderedContractIds: [wanted.contractId, randomUUID()] };
    const first = (await gql(PLAN, { input })).data.planFollowUps;
    expect(first.shares).toEqual({ complaints: 1, ordering: 1, random: 1 });
    expect(first.proposals.map((p: any) => [p.rank, p.third])).toEqual([
      [1, 'COMPLAINTS'],
      [2, 'ORDERING'],
      [3, 'RANDOM'],
    ]);
    expect(first.proposals[0]).toMatchObject({
      reasonCode: 'COMPLAINTS_RECEIVED',
      orderedPosition: null,
      reason: '1 complaint received in the last twelve months',
      complaints: 1,
      riskScore: 19,
    });
    expect(first.proposals[1]).toMatchObject({
      contractId: wanted.contractId,
      reasonCode: 'ON_ORDERING_LIST',
      orderedPosition: 1,
      reason: "number 1 on the ordering function's list",
    });
    expect(others.map((o) => o.contractId)).toContain(first.proposals[2].contractId);
    expect(first.skippedOrdered).toEqual([
      {
        contractId: input.orderedContractIds[1],
        reasonCode: 'NOT_RUNNING_IN_PERIOD',
        reason: 'not a contract running in the period',
      },
    ]);

    const again = (await gql(PLAN, { input: { ...input, seed: first.seed, asOf: first.asOf } })).data.planFollowUps;
    expect(again.proposals).toEqual(first.proposals);
    expect(again.seed).toBe(first.seed);

    const accepted = await gql(
      `mutation($id: ID!) { acceptFollowUpProposals(selectionId: $id) { type status selectionThird purpose contract { id } } }`,
      { id: first.id },
    );
    expect(accepted.data.acceptFollowUpProposals.map((f: any) => [f.type, f.status, f.selectionThird])).toEqual([
      ['SPECIFIC', 'PLANNED', 'COMPLAINTS'],
      ['SPECIFIC', 'PLANNED', 'ORDERING'],
      ['SPECIFIC', 'PLANNED', 'RANDOM'],
    ]);
    expect(accepted.data.acceptFollowUpProposals.map((f: any) => f.purpose)).toEqual([
      '1 klagomål de senaste tolv månaderna',
      'Nummer 1 på beställarfunktionens lista',
      'Slumpmässigt vald bland avtal utan fördjupad uppföljning under avtalsperioden',
    ]);
    const twice = await gql(`mutation($id: ID!) { acceptFollowUpProposals(selectionId: $id) { id } }`, {
      id: first.id,
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      field: 'selectionId',
      rule: 'SELECTION_ALREADY_ACCEPTED',
    });

    const plan = await gql(
      `query($y: Int!) { followUpPlan(year: $y) { progress { period planned done } selections { id seed } } }`,
      { y: year },
    );
    expect(plan.data.followUpPlan.progress.find((p: any) => p.period === half)).toEqual({
      period: half,
      planned: 3,
      done: 0,
    });
    expect(plan.data.followUpPlan.selections.map((s: any) => s.seed)).toEqual([first.seed, first.seed]);

    // Followed up in depth this period now: the random third must look elsewhere.
    const next = (await gql(PLAN, { input: { year, period: half, count: 3, orderedContractIds: [] } })).data
      .planFollowUps;
    const drawn = next.proposals.filter((p: any) => p.third === 'RANDOM').map((p: any) => p.contractId);
    expect(drawn).not.toContain(first.proposals[2].contractId);
  });

  it("starts the ordering third from the ordering function's kept list when no list is given", async () => {
    const kept = await contractWithUnit('KEPT-1');
    const add = `mutation($i: AddToOrderingListInput!) { addToOrderingList(input: $i) { contractId } }`;
    await gql(add, { i: { contractId: kept.contractId, reason: 'Beställaren vill se genomförandeplanerna' } });
    const selection = (await gql(PLAN, { input: { year, period: half, count: 3 } })).data.planFollowUps;
    expect(selection.proposals.find((p: any) => p.third === 'ORDERING')).toMatchObject({
      contractId: kept.contractId,
      orderedPosition: 1,
    });
    const explicit = (await gql(PLAN, { input: { year, period: half, count: 3, orderedContractIds: [] } })).data
      .planFollowUps;
    expect(explicit.proposals.filter((p: any) => p.reasonCode === 'ON_ORDERING_LIST')).toEqual([]);
    await gql(`mutation($id: ID!) { removeFromOrderingList(contractId: $id) { contractId } }`, {
      id: kept.contractId,
    });
  });

  it('accepts the proposals the official chooses, each with its responsible official and planned date', async () => {
    const ours = [await contractWithUnit('ACC-1'), await contractWithUnit('ACC-2'), await contractWithUnit('ACC-3')];
    const selection = (
      await gql(PLAN, {
        input: { year, period: half, count: 2, orderedContractIds: ours.map((c) => c.contractId).slice(0, 2) },
      })
    ).data.planFollowUps;
    const [first, second] = selection.proposals;
    const ACCEPT = `mutation($id: ID!, $input: AcceptProposalsInput) { acceptFollowUpProposals(selectionId: $id, input: $input) { contract { id } responsible plannedOn selectionThird } }`;
    const lastDay = halfEnd(year, half);
    const outside = `${year + 1}-03-02`;

    const refused = await gql(ACCEPT, {
      id: selection.id,
      input: {
        proposals: [
          { contractId: first.contractId, responsible: 'Anna Andersson', plannedOn: outside },
          { contractId: randomUUID() },
        ],
      },
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      violations: [
        {
          field: 'proposals.0.plannedOn',
          rule: 'PLANNED_OUTSIDE_PERIOD',
          params: { value: outside, from: halfStart(year, half), to: lastDay },
        },
        { field: 'proposals.1.contractId', rule: 'NOT_PROPOSED' },
      ],
    });
    const fromThisSelection = async () =>
      (await gql(`query($y: Int!) { followUps(year: $y) { selectionId } }`, { y: year })).data.followUps.filter(
        (f: any) => f.selectionId === selection.id,
      );
    expect(await fromThisSelection()).toEqual([]);

    const accepted = await gql(ACCEPT, {
      id: selection.id,
      input: {
        proposals: [
          { contractId: second.contractId, responsible: ' Bo Berg ', plannedOn: lastDay },
          { contractId: first.contractId, responsible: 'Anna Andersson' },
        ],
      },
    });
    expect(accepted.data.acceptFollowUpProposals).toEqual([
      {
        contract: { id: first.contractId },
        responsible: 'Anna Andersson',
        plannedOn: today,
        selectionThird: first.third,
      },
      { contract: { id: second.contractId }, responsible: 'Bo Berg', plannedOn: lastDay, selectionThird: second.third },
    ]);
    expect(await fromThisSelection()).toHaveLength(2);
  });

  it('refuses bad selection input with the field and the rule', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ count: 0 }, 'count must be at least 1'],
      [{ period: 13 }, 'period must be'],
      [{ period: 3 }, "period 3 is not one of the plan's 2 periods"],
      [{ orderedContractIds: ['not-a-uuid'] }, 'orderedContractIds must hold UUIDs'],
      [{ asOf: '2022-13-01' }, 'asOf must be a date YYYY-MM-DD'],
    ];
    for (const [overrides, message] of cases) {
      const result = await gql(PLAN, { input: { year, period: half, count: 3, orderedContractIds: [], ...overrides } });
      expect(result.errors?.[0]?.message).toContain(message);
      expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    }
  });
});
