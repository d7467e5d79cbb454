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

const CASE = `id authority caseNumber providerId unitId openedOn decision decidedOn closedOn version responses { id required dueOn sentOn overdue }`;
const REGISTER = `mutation($i: RegisterSupervisionCaseInput!) { registerSupervisionCase(input: $i) { ${CASE} } }`;
const ADD = `mutation($i: AddSupervisionResponseInput!) { addSupervisionResponse(input: $i) { ${CASE} } }`;
const SENT = `mutation($i: MarkSupervisionResponseSentInput!) { markSupervisionResponseSent(input: $i) { ${CASE} } }`;
const DECIDE = `mutation($i: RecordSupervisionDecisionInput!) { recordSupervisionDecision(input: $i) { ${CASE} } }`;
const CLOSE = `mutation($i: CloseSupervisionCaseInput!) { closeSupervisionCase(input: $i) { ${CASE} } }`;
const CASES = `query($f: SupervisionCaseFilter) { supervisionCases(filter: $f) { id caseNumber } }`;
const OVERDUE = `query { overdueSupervisionResponses { caseId caseNumber responseId dueOn } }`;
const RISK = `query($id: ID!) { contract(id: $id) { risk { score parts { kind count points } } } }`;

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);

/** The register of IVO's and JO's cases, on real Postgres: deadlines, closing, and the contract's risk. */
describe('supervision register (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  let caseNo = 0;
  const nextNumber = () => `3.5.1-${Date.now()}-${++caseNo}`;

  async function contractWithUnit() {
    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    const unitId = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(providerId) })
    ).data.createUnit.id;
    const contractId = (
      await gql(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
        i: {
          reference: `T-${nextNumber()}`,
          title: 'Gruppbostad',
          form: 'LOU',
          providerId,
          unitIds: [unitId],
          startDate: '2020-01-01',
        },
      })
    ).data.createContract.id;
    return { providerId, unitId, contractId };
  }
  const supervisionPart = async (contractId: string) =>
    (await gql(RISK, { id: contractId })).data.contract.risk.parts.find((p: any) => p.kind === 'OPEN_SUPERVISION') ??
    null;

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
  });
  afterAll(() => service?.close());

  it('keeps a case from registration to closing: an overdue response, its sending, the decision, the risk', async () => {
    const { providerId, unitId, contractId } = await contractWithUnit();
    expect(await supervisionPart(contractId)).toBeNull();
    const caseNumber = nextNumber();
    const registered = (
      await gql(REGISTER, {
        i: { authority: 'IVO', caseNumber, unitId, examined: 'Bemanning nattetid', openedOn: daysAgo(30) },
      })
    ).data.registerSupervisionCase;
    expect(registered).toMatchObject({ providerId, unitId, closedOn: null, version: 1, responses: [] });
    expect(await supervisionPart(contractId)).toEqual({ kind: 'OPEN_SUPERVISION', count: 1, points: 4 });

    const asked = (await gql(ADD, { i: { caseId: registered.id, required: 'Redovisa åtgärder', dueOn: daysAgo(2) } }))
      .data.addSupervisionResponse;
    const response = asked.responses[0];
    expect(response).toMatchObject({ dueOn: daysAgo(2), sentOn: null, overdue: true });
    expect((await gql(OVERDUE)).data.overdueSupervisionResponses).toContainEqual({
      caseId: registered.id,
      caseNumber,
      responseId: response.id,
      dueOn: daysAgo(2),
    });

    const refusedClose = await gql(CLOSE, { i: { caseId: registered.id, closedOn: stockholmToday() } });
    expect(refusedClose.errors![0].extensions).toMatchObject({
      rule: 'SUPERVISION_RESPONSES_UNSENT',
      params: { count: 1 },
    });

    const sent = (await gql(SENT, { i: { caseId: registered.id, responseId: response.id, sentOn: daysAgo(1) } })).data
      .markSupervisionResponseSent;
    expect(sent.responses[0]).toMatchObject({ sentOn: daysAgo(1), overdue: false });
    expect((await gql(OVERDUE)).data.overdueSupervisionResponses.map((o: any) => o.caseId)).not.toContain(
      registered.id,
    );
    const again = await gql(SENT, { i: { caseId: registered.id, responseId: response.id, sentOn: daysAgo(0) } });
    expect(again.errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'SUPERVISION_RESPONSE_SENT' });

    const decided = (
      await gql(DECIDE, {
        i: { caseId: registered.id, decision: 'CRITICISM', decidedOn: daysAgo(0), decisionText: 'Kritik' },
      })
    ).data.recordSupervisionDecision;
    expect(decided).toMatchObject({ decision: 'CRITICISM', decidedOn: daysAgo(0) });
    const closed = (await gql(CLOSE, { i: { caseId: registered.id, closedOn: stockholmToday() } })).data
      .closeSupervisionCase;
    expect(closed).toMatchObject({ closedOn: stockholmToday(), version: 5 });
    expect(await supervisionPart(contractId)).toBeNull();
    const late = await gql(ADD, { i: { caseId: registered.id, required: 'Mer', dueOn: daysAgo(0) } });
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'SUPERVISION_CASE_CLOSED' });
    expect((await gql(CASES, { f: { open: false, providerId } })).data.supervisionCases).toEqual([
      { id: registered.id, caseNumber },
    ]);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const { providerId, unitId } = await contractWithUnit();
    const other = await contractWithUnit();
    const caseNumber = nextNumber();
    const future = await gql(REGISTER, {
      i: { authority: 'JO', caseNumber, providerId, examined: 'Handläggning', openedOn: '2999-01-01' },
    });
    expect(future.errors![0].extensions).toMatchObject({ rule: 'IN_THE_FUTURE', field: 'openedOn' });
    const blank = await gql(REGISTER, {
      i: { authority: 'JO', caseNumber: '  ', examined: ' ', openedOn: daysAgo(1) },
    });
    expect((blank.errors![0].extensions as any).violations.map((v: any) => [v.rule, v.field])).toEqual([
      ['REQUIRED', 'caseNumber'],
      ['REQUIRED', 'examined'],
    ]);
    const stranger = await gql(REGISTER, {
      i: { authority: 'IVO', caseNumber, providerId, unitId: other.unitId, examined: 'x', openedOn: daysAgo(1) },
    });
    expect(stranger.errors![0].extensions).toMatchObject({ rule: 'UNITS_OF_ANOTHER_PROVIDER', field: 'unitId' });
    expect((await gql(CASES, { f: { providerId } })).data.supervisionCases).toEqual([]);

    const made = (
      await gql(REGISTER, { i: { authority: 'IVO', caseNumber, unitId, examined: 'x', openedOn: daysAgo(5) } })
    ).data.registerSupervisionCase;
    const twice = await gql(REGISTER, {
      i: { authority: 'IVO', caseNumber, providerId, examined: 'y', openedOn: daysAgo(1) },
    });
    expect(twice.errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'ALREADY_EXISTS',
      field: 'caseNumber',
    });
    const early = await gql(ADD, { i: { caseId: made.id, required: 'Svar', dueOn: daysAgo(6) } });
    expect(early.errors![0].extensions).toMatchObject({
      rule: 'SUPERVISION_BEFORE_OPENED',
      field: 'dueOn',
      params: { openedOn: daysAgo(5) },
    });
    const kept = (await gql(`query($id: ID!) { supervisionCase(id: $id) { ${CASE} } }`, { id: made.id })).data
      .supervisionCase;
    expect(kept).toMatchObject({ version: 1, responses: [] });
  });

  it('is for officials: a provider may not read the register', async () => {
    const { providerId } = await contractWithUnit();
    const provider = await handoffHeaders({ sub: `portal:${providerId}`, name: 'U', roles: ['PROVIDER'], providerId });
    const refused = await gql(CASES, {}, provider);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'ROLE_REQUIRED' });
  });
});
