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

const LIST = `query { orderingList { contractId position reason addedBy contract { id reference } } }`;
const ADD = `mutation($i: AddToOrderingListInput!) { addToOrderingList(input: $i) { contractId position } }`;
const MOVE = `mutation($i: MoveOnOrderingListInput!) { moveOnOrderingList(input: $i) { contractId position } }`;
const REMOVE = `mutation($id: ID!) { removeFromOrderingList(contractId: $id) { contractId position } }`;

/** The ordering function's kept list, on real Postgres: places, refusals, and who may keep it. */
describe("the ordering function's list (real Postgres)", () => {
  let service: RunningService;
  let official: Record<string, string>;
  let ordering: Record<string, string>;
  let manager: Record<string, string>;
  let mas: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown> = {}, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  let n = 0;

  async function aContract(): Promise<string> {
    const providerId = (
      await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, { i: aProviderInput() })
    ).data.createProvider.id;
    const unitId = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(providerId) })
    ).data.createUnit.id;
    return (
      await gql(`mutation($i: CreateContractInput!) { createContract(input: $i) { id } }`, {
        i: {
          reference: `B-${Date.now()}-${++n}`,
          title: 'Hemtjänst',
          form: 'LOV',
          providerId,
          unitIds: [unitId],
          startDate: '2020-01-01',
        },
      })
    ).data.createContract.id;
  }
  const places = async () => {
    const r = await gql(LIST);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data.orderingList.map((e: any) => [e.contractId, e.position] as [string, number]);
  };
  const ruleOf = (result: any) => result.errors?.[0]?.extensions;

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    ordering = await handoffHeaders({ sub: 'bestallare', name: 'Bo Beställare', roles: ['ORDERING'] });
    manager = await handoffHeaders({ sub: 'chef', name: 'Maja Chef', roles: ['MANAGER'] });
    mas = await handoffHeaders({ sub: 'mas', name: 'Mia MAS', roles: ['MEDICALLY_RESPONSIBLE'] });
  });
  afterAll(() => service?.close());

  it('keeps the contracts in the order the ordering function puts them, and who put them there', async () => {
    const [a, b, c] = [await aContract(), await aContract(), await aContract()];
    await gql(ADD, { i: { contractId: a, reason: 'Handläggarna ser brister i genomförandeplaner' } }, ordering);
    await gql(ADD, { i: { contractId: b, reason: 'Många byten av personal' } }, ordering);
    expect(await places()).toEqual([
      [a, 1],
      [b, 2],
    ]);
    await gql(ADD, { i: { contractId: c, reason: 'Ny utförare', position: 1 } }, ordering);
    expect(await places()).toEqual([
      [c, 1],
      [a, 2],
      [b, 3],
    ]);
    await gql(MOVE, { i: { contractId: b, position: 1 } }, ordering);
    expect(await places()).toEqual([
      [b, 1],
      [c, 2],
      [a, 3],
    ]);
    await gql(REMOVE, { id: c }, ordering);
    expect(await places()).toEqual([
      [b, 1],
      [a, 2],
    ]);
    const entry = (await gql(LIST, {}, manager)).data.orderingList[1];
    expect(entry).toMatchObject({
      contractId: a,
      reason: 'Handläggarna ser brister i genomförandeplaner',
      addedBy: 'Bo Beställare',
      contract: { id: a },
    });
    for (const id of [a, b]) await gql(REMOVE, { id }, ordering);
  });

  it('refuses a contract twice, one terminated, an unknown one and a place past the end, changing nothing', async () => {
    const [a, ended] = [await aContract(), await aContract()];
    await gql(ADD, { i: { contractId: a, reason: 'Klagomål från anhöriga' } });
    await gql(`mutation($i: TerminateContractInput!) { terminateContract(input: $i) { id } }`, {
      i: { contractId: ended, terminatedOn: stockholmToday(), reason: 'Konkurs' },
    });
    const before = await places();

    expect(ruleOf(await gql(ADD, { i: { contractId: a, reason: 'Igen' } }))).toMatchObject({
      rule: 'ALREADY_ON_ORDERING_LIST',
      field: 'contractId',
      params: { position: 1 },
    });
    expect(ruleOf(await gql(ADD, { i: { contractId: ended, reason: 'Uppsagt' } }))).toMatchObject({
      rule: 'CONTRACT_NOT_IN_FORCE',
      params: { status: 'TERMINATED' },
    });
    const unknown = '00000000-0000-4000-8000-000000000001';
    expect(ruleOf(await gql(ADD, { i: { contractId: unknown, reason: 'Okänt' } }))).toMatchObject({
      rule: 'UNKNOWN',
      field: 'contractId',
    });
    const other = await aContract();
    expect(ruleOf(await gql(ADD, { i: { contractId: other, reason: 'Långt bak', position: 5 } }))).toMatchObject({
      rule: 'ORDERING_POSITION_OUT_OF_RANGE',
      field: 'position',
      params: { value: 5, max: 2 },
    });
    expect(ruleOf(await gql(MOVE, { i: { contractId: other, position: 1 } }))).toMatchObject({
      rule: 'NOT_ON_ORDERING_LIST',
    });
    expect(ruleOf(await gql(ADD, { i: { contractId: other, reason: '' } }))).toMatchObject({ field: 'reason' });
    expect(await places()).toEqual(before);
    await gql(REMOVE, { id: a });
  });

  it('lets the ordering function and quality officials keep it; managers read it; the MAS/MAR does neither', async () => {
    const a = await aContract();
    const code = (result: any) => result.errors?.[0]?.extensions?.code;
    expect(code(await gql(ADD, { i: { contractId: a, reason: 'Chefen vill' } }, manager))).toBe('FORBIDDEN');
    expect(code(await gql(LIST, {}, mas))).toBe('FORBIDDEN');
    expect((await gql(LIST, {}, manager)).data.orderingList).toEqual([]);
  });
});
