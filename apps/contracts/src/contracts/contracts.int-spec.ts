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
import { OutboxRelay } from '@kvalitetsnav/messaging';
import { DataSource } from 'typeorm';
import { ContractsAppModule } from '../app.module';
import { loadContractsConfig } from '../config';

const CREATE = `mutation($input: CreateContractInput!) { createContract(input: $input) { id reference form status startDate endDate units { id } } }`;
const UPDATE = `mutation($input: UpdateContractInput!) { updateContract(input: $input) { id reference title form startDate endDate units { id } } }`;
const TERMINATE = `mutation($input: TerminateContractInput!) { terminateContract(input: $input) { id status terminatedOn terminationReason } }`;

describe('contract register (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  let providerId: string;
  let unitId: string;
  let otherUnitId: string;

  const gql = (query: string, variables: Record<string, unknown>, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const contractInput = (overrides: Record<string, unknown> = {}) => ({
    reference: `SN-${Math.random().toString(36).slice(2, 8)}`,
    title: 'Bostad med särskild service LSS',
    form: 'LOU',
    providerId,
    unitIds: [unitId],
    startDate: '2022-01-01',
    endDate: '2099-12-31', // still running whenever the suite runs
    ...overrides,
  });

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
    const p = await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, {
      i: aProviderInput(),
    });
    providerId = p.data.createProvider.id;
    unitId = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, { i: aUnitInput(providerId) })
    ).data.createUnit.id;
    const other = await gql(`mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`, {
      i: aProviderInput(),
    });
    otherUnitId = (
      await gql(`mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`, {
        i: aUnitInput(other.data.createProvider.id),
      })
    ).data.createUnit.id;
  });
  afterAll(() => service?.close());

  it("registers a contract for the provider's units, publishes it and keeps its history", async () => {
    const created = await gql(CREATE, { input: contractInput() });
    expect(created.errors).toBeUndefined();
    expect(created.data.createContract).toMatchObject({
      form: 'LOU',
      status: 'ACTIVE',
      endDate: '2099-12-31',
      units: [{ id: unitId }],
    });
    const id = created.data.createContract.id;

    const terminated = await gql(TERMINATE, {
      input: { contractId: id, terminatedOn: '2022-09-30', reason: 'Allvarliga brister vid uppföljning' },
    });
    expect(terminated.data.terminateContract).toMatchObject({
      status: 'TERMINATED',
      terminatedOn: '2022-09-30',
      terminationReason: 'Allvarliga brister vid uppföljning',
    });

    const history = await gql(`query($id: ID!) { changeHistory(entityId: $id) { action changedBy changes } }`, { id });
    expect(history.data.changeHistory.map((h: any) => [h.action, h.changedBy])).toEqual([
      ['CREATED', 'test-official'],
      ['TERMINATED', 'test-official'],
    ]);
    expect(JSON.parse(history.data.changeHistory[1].changes)).toEqual({
      terminatedOn: '2022-09-30',
      reason: 'Allvarliga brister vid uppföljning',
    });

    await service.app.get(OutboxRelay).flush();
    const events = await service.app
      .get(DataSource)
      .query(`SELECT envelope FROM outbox WHERE topic = 'contracts.contract.v1' AND message_key = $1 ORDER BY id`, [
        id,
      ]);
    expect(
      events.map((e: any) => [e.envelope.type, e.envelope.payload.version, e.envelope.payload.terminatedOn]),
    ).toEqual([
      ['ContractCreated', 1, null],
      ['ContractTerminated', 2, '2022-09-30'],
    ]);
  });

  it('refuses terminating twice, or outside the contract period, and changes nothing', async () => {
    const id = (await gql(CREATE, { input: contractInput() })).data.createContract.id;
    const early = await gql(TERMINATE, { input: { contractId: id, terminatedOn: '2021-06-01', reason: 'x' } });
    expect(early.errors?.[0]).toMatchObject({
      message: 'terminatedOn must be on or after the start date 2022-01-01',
      extensions: {
        code: 'VALIDATION_FAILED',
        field: 'terminatedOn',
        rule: 'TERMINATED_BEFORE_START',
        params: { startDate: '2022-01-01' },
      },
    });
    await gql(TERMINATE, { input: { contractId: id, terminatedOn: '2023-01-31', reason: 'Avslutat i samförstånd' } });
    const again = await gql(TERMINATE, { input: { contractId: id, terminatedOn: '2023-02-28', reason: 'x' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', rule: 'ALREADY_TERMINATED' });
    const contract = await gql(`query($id: ID!) { contract(id: $id) { terminatedOn } }`, { id });
    expect(contract.data.contract.terminatedOn).toBe('2023-01-31');
  });

  it('refuses bad input with the field and the rule', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endDate: '2021-12-31' }, 'VALIDATION_FAILED', 'endDate must be on or after startDate 2022-01-01'],
      [{ unitIds: [otherUnitId] }, 'VALIDATION_FAILED', `unitIds ${otherUnitId} are not units of`],
      [{ startDate: '2022-02-30' }, 'VALIDATION_FAILED', 'startDate must be a date YYYY-MM-DD'],
      [
        { providerId: '00000000-0000-4000-8000-000000000000', unitIds: [] },
        'NOT_FOUND',
        'providerId 00000000-0000-4000-8000-000000000000 is not a known provider',
      ],
    ];
    for (const [overrides, code, message] of cases) {
      const result = await gql(CREATE, { input: contractInput(overrides) });
      expect({ overrides, code: result.errors?.[0]?.extensions?.code, message: result.errors?.[0]?.message }).toEqual({
        overrides,
        code,
        message: expect.stringContaining(message),
      });
    }
    const input = contractInput();
    await gql(CREATE, { input });
    expect((await gql(CREATE, { input })).errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      field: 'reference',
      rule: 'ALREADY_EXISTS',
      params: { entity: 'CONTRACT', value: input.reference },
    });
  });

  it('shows a provider only its own contracts, and lets only officials change them', async () => {
    const asProvider = await handoffHeaders({ sub: 'api-key:1', name: 'P', roles: ['PROVIDER'], providerId });
    const listed = await gql(`{ contracts { providerId } }`, {}, asProvider);
    expect(new Set(listed.data.contracts.map((c: any) => c.providerId))).toEqual(new Set([providerId]));
    const write = await gql(CREATE, { input: contractInput() }, asProvider);
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const history = await gql(
      `query($id: ID!) { changeHistory(entityId: $id) { action changedBy changes } }`,
      { id: providerId },
      await handoffHeaders(adminIdentity),
    );
    expect(history.data.changeHistory).toEqual([
      { action: 'CREATED', changedBy: 'test-official', changes: expect.stringContaining('"ownership":"PRIVATE"') },
    ]);
  });

  it('changes only the fields an edit gives, keeps the change in the history and publishes the new state', async () => {
    const input = contractInput();
    const id = (await gql(CREATE, { input })).data.createContract.id;
    const updated = await gql(UPDATE, {
      input: { id, title: 'Gruppbostad LSS, nytt namn', endDate: null, unitIds: [] },
    });
    expect(updated.errors).toBeUndefined();
    expect(updated.data.updateContract).toEqual({
      id,
      reference: input.reference,
      title: 'Gruppbostad LSS, nytt namn',
      form: 'LOU',
      startDate: '2022-01-01',
      endDate: null,
      units: [],
    });
    const same = await gql(UPDATE, { input: { id, title: 'Gruppbostad LSS, nytt namn', form: 'LOU' } });
    expect(same.errors).toBeUndefined();

    const history = await gql(`query($id: ID!) { changeHistory(entityId: $id) { action changes } }`, { id });
    expect(history.data.changeHistory.map((h: any) => [h.action, JSON.parse(h.changes)])).toEqual([
      ['CREATED', expect.anything()],
      ['UPDATED', { title: 'Gruppbostad LSS, nytt namn', endDate: null, unitIds: [] }],
    ]);
    await service.app.get(OutboxRelay).flush();
    const events = await service.app
      .get(DataSource)
      .query(`SELECT envelope FROM outbox WHERE topic = 'contracts.contract.v1' AND message_key = $1 ORDER BY id`, [
        id,
      ]);
    expect(events.map((e: any) => [e.envelope.type, e.envelope.payload.version, e.envelope.payload.unitIds])).toEqual([
      ['ContractCreated', 1, [unitId]],
      ['ContractUpdated', 2, []],
    ]);
  });

  it("refuses an edit that breaks the contract's rules, and changes nothing", async () => {
    const id = (await gql(CREATE, { input: contractInput() })).data.createContract.id;
    const taken = contractInput();
    await gql(CREATE, { input: taken });
    const cases: [Record<string, unknown>, string][] = [
      [{ endDate: '2021-12-31' }, 'END_BEFORE_START'],
      [{ unitIds: [otherUnitId] }, 'UNITS_OF_ANOTHER_PROVIDER'],
      [{ reference: taken.reference }, 'ALREADY_EXISTS'],
      [{ startDate: '2022-02-30' }, 'NOT_A_DATE'],
    ];
    for (const [change, rule] of cases) {
      const result = await gql(UPDATE, { input: { id, ...change } });
      expect({ change, rule: result.errors?.[0]?.extensions?.rule }).toEqual({ change, rule });
    }
    await gql(TERMINATE, { input: { contractId: id, terminatedOn: '2022-06-30', reason: 'Brister' } });
    const past = await gql(UPDATE, { input: { id, startDate: '2022-07-01' } });
    expect(past.errors?.[0]?.extensions).toMatchObject({ rule: 'TERMINATED_BEFORE_START', field: 'terminatedOn' });
    const contract = await gql(`query($id: ID!) { contract(id: $id) { startDate endDate units { id } } }`, { id });
    expect(contract.data.contract).toEqual({ startDate: '2022-01-01', endDate: '2099-12-31', units: [{ id: unitId }] });
    const history = await gql(`query($id: ID!) { changeHistory(entityId: $id) { action } }`, { id });
    expect(history.data.changeHistory.map((h: any) => h.action)).toEqual(['CREATED', 'TERMINATED']);
  });
});
