import {
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

const CREATE_PROVIDER = `mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`;
const CREATE_UNIT = `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id } }`;
const UPDATE_UNIT = `mutation($i: UpdateUnitInput!) { updateUnit(input: $i) { id name serviceArea places } }`;
const HISTORY = `query($id: ID!) { changeHistory(entityId: $id) { action changes } }`;

/** Editing units: only what is given changes, in the history and in the event the other services' copies keep. */
describe('editing units (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;

  const gql = (query: string, variables: Record<string, unknown>, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const eventsOf = async (topic: string, key: string) => {
    await service.app.get(OutboxRelay).flush();
    const rows = await service.app
      .get(DataSource)
      .query(`SELECT envelope FROM outbox WHERE topic = $1 AND message_key = $2 ORDER BY id`, [topic, key]);
    return rows.map((r: any) => r.envelope);
  };
  const historyOf = async (id: string) =>
    (await gql(HISTORY, { id })).data.changeHistory.map((h: any) => [h.action, JSON.parse(h.changes)]);

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
  });
  afterAll(() => service?.close());

  it("changes a unit, clears its places, and publishes the full state the other services' copies upsert", async () => {
    const providerId = (await gql(CREATE_PROVIDER, { i: aProviderInput() })).data.createProvider.id;
    const id = (await gql(CREATE_UNIT, { i: aUnitInput(providerId, { name: 'Gruppbostad Eken', places: 6 }) })).data
      .createUnit.id;
    const updated = await gql(UPDATE_UNIT, { i: { id, serviceArea: 'LSS_SERVICE_HOME', places: null } });
    expect(updated.data.updateUnit).toEqual({
      id,
      name: 'Gruppbostad Eken',
      serviceArea: 'LSS_SERVICE_HOME',
      places: null,
    });
    expect(await historyOf(id)).toEqual([
      ['CREATED', expect.anything()],
      ['UPDATED', { serviceArea: 'LSS_SERVICE_HOME', places: null }],
    ]);
    const events = await eventsOf('contracts.unit.v1', id);
    expect(events.map((e: any) => [e.type, e.payload])).toEqual([
      ['UnitCreated', expect.objectContaining({ version: 1, places: 6 })],
      [
        'UnitUpdated',
        {
          id,
          providerId,
          name: 'Gruppbostad Eken',
          serviceArea: 'LSS_SERVICE_HOME',
          places: null,
          boardId: null,
          externalCodes: [],
          version: 2,
        },
      ],
    ]);
    const bad = await gql(UPDATE_UNIT, { i: { id, places: -1 } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED' });
  });

  it("keeps a unit's codes in other systems, one per system and each code one unit's, and sends them on", async () => {
    const providerId = (await gql(CREATE_PROVIDER, { i: aProviderInput() })).data.createProvider.id;
    const codes = [
      { system: 'TRESERVA', code: ' HT-01 ' },
      { system: 'KOSTNADSSTALLE', code: '8120' },
    ];
    const created = await gql(
      `mutation($i: CreateUnitInput!) { createUnit(input: $i) { id externalCodes { system code } } }`,
      { i: aUnitInput(providerId, { name: 'Hemtjänst Norr', externalCodes: codes }) },
    );
    const { id, externalCodes } = created.data.createUnit;
    expect(externalCodes).toEqual(
      expect.arrayContaining([
        { system: 'TRESERVA', code: 'HT-01' },
        { system: 'KOSTNADSSTALLE', code: '8120' },
      ]),
    );
    const count = async () =>
      Number((await service.app.get(DataSource).query(`SELECT count(*) FROM unit_external_code`))[0].count);
    const stored = await count();

    const taken = await gql(CREATE_UNIT, {
      i: aUnitInput(providerId, { name: 'Hemtjänst Syd', externalCodes: [{ system: 'TRESERVA', code: 'HT-01' }] }),
    });
    expect(taken.errors?.[0]?.extensions).toMatchObject({
      rule: 'ALREADY_EXISTS',
      field: 'externalCodes',
      params: { entity: 'UNIT', value: 'TRESERVA HT-01' },
    });
    const twice = await gql(UPDATE_UNIT, {
      i: {
        id,
        externalCodes: [
          { system: 'TRESERVA', code: 'A' },
          { system: 'TRESERVA', code: 'B' },
        ],
      },
    });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ rule: 'LISTED_TWICE', params: { value: 'TRESERVA' } });
    const badSystem = await gql(UPDATE_UNIT, { i: { id, externalCodes: [{ system: 'treserva', code: 'A' }] } });
    expect(badSystem.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', rule: 'BAD_FORMAT' });
    expect(await count()).toBe(stored);

    await gql(UPDATE_UNIT, { i: { id, externalCodes: [{ system: 'TRESERVA', code: 'HT-02' }] } });
    expect((await historyOf(id)).at(-1)).toEqual(['UPDATED', { externalCodes: ['TRESERVA HT-02'] }]);
    const events = await eventsOf('contracts.unit.v1', id);
    expect(events.at(-1).payload).toMatchObject({ version: 2, externalCodes: [{ system: 'TRESERVA', code: 'HT-02' }] });
    // The same set again is no change: no history, no event.
    await gql(UPDATE_UNIT, { i: { id, externalCodes: [{ system: 'TRESERVA', code: 'HT-02' }] } });
    expect(await eventsOf('contracts.unit.v1', id)).toHaveLength(2);
  });
});
