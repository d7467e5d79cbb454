import {
  aProviderInput,
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
const UPDATE_PROVIDER = `mutation($i: UpdateProviderInput!) { updateProvider(input: $i) { id name organisationNumber ownership } }`;
const HISTORY = `query($id: ID!) { changeHistory(entityId: $id) { action changes } }`;

/** Editing and listing providers: only what is given changes, in the history and to the other services. */
describe('providers: editing and the paged list (real Postgres and Kafka)', () => {
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

  it('changes a provider, logs what changed and publishes its new state one version on', async () => {
    const input = aProviderInput({ name: 'Ekens Omsorg AB' });
    const id = (await gql(CREATE_PROVIDER, { i: input })).data.createProvider.id;
    const updated = await gql(UPDATE_PROVIDER, { i: { id, name: ' Ekens Vård AB ', ownership: 'PRIVATE' } });
    expect(updated.data.updateProvider).toEqual({
      id,
      name: 'Ekens Vård AB',
      organisationNumber: input.organisationNumber,
      ownership: 'PRIVATE',
    });
    expect(await historyOf(id)).toEqual([
      ['CREATED', expect.anything()],
      ['UPDATED', { name: 'Ekens Vård AB' }],
    ]);
    expect(
      (await eventsOf('contracts.provider.v1', id)).map((e: any) => [e.type, e.payload.version, e.payload.name]),
    ).toEqual([
      ['ProviderCreated', 1, 'Ekens Omsorg AB'],
      ['ProviderUpdated', 2, 'Ekens Vård AB'],
    ]);
  });

  it('refuses a wrong or taken organisation number, and changes nothing', async () => {
    const taken = aProviderInput();
    await gql(CREATE_PROVIDER, { i: taken });
    const id = (await gql(CREATE_PROVIDER, { i: aProviderInput() })).data.createProvider.id;
    const wrong = await gql(UPDATE_PROVIDER, { i: { id, organisationNumber: '556036-0794' } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      field: 'organisationNumber',
      rule: 'ORGANISATION_NUMBER_INVALID',
    });
    const dup = await gql(UPDATE_PROVIDER, { i: { id, organisationNumber: taken.organisationNumber } });
    expect(dup.errors?.[0]?.extensions).toMatchObject({ field: 'organisationNumber', rule: 'ALREADY_EXISTS' });
    const forbidden = await gql(
      UPDATE_PROVIDER,
      { i: { id, name: 'X' } },
      await handoffHeaders({ sub: 'manager', name: 'M', roles: ['MANAGER'] }),
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await historyOf(id)).map(([action]: [string]) => action)).toEqual(['CREATED']);
  });

  it('lists providers a part at a time, filtered by name and ownership, sorted on the server', async () => {
    const tag = `Sida${Date.now() % 100000}`;
    for (const [name, ownership] of [
      [`${tag} Cedern AB`, 'PRIVATE'],
      [`${tag} Almen`, 'MUNICIPAL'],
      [`${tag} Björken AB`, 'PRIVATE'],
      [`${tag}_100% Dungen`, 'NON_PROFIT'],
    ])
      await gql(CREATE_PROVIDER, { i: aProviderInput({ name, ownership: ownership as 'PRIVATE' }) });
    const PAGE = `query($p: ProvidersPageInput) { providersPage(page: $p) { total items { name ownership } } }`;
    const first = await gql(PAGE, { p: { nameContains: tag.toLowerCase(), limit: 2 } });
    expect(first.data.providersPage).toEqual({
      total: 4,
      items: [
        { name: `${tag} Almen`, ownership: 'MUNICIPAL' },
        { name: `${tag} Björken AB`, ownership: 'PRIVATE' },
      ],
    });
    const second = await gql(PAGE, { p: { nameContains: tag, limit: 2, offset: 2 } });
    expect(second.data.providersPage.items.map((p: any) => p.name)).toEqual([`${tag} Cedern AB`, `${tag}_100% Dungen`]);
    const privateDesc = await gql(PAGE, { p: { nameContains: tag, ownership: 'PRIVATE', descending: true } });
    expect(privateDesc.data.providersPage.items.map((p: any) => p.name)).toEqual([
      `${tag} Cedern AB`,
      `${tag} Björken AB`,
    ]);
    const literal = await gql(PAGE, { p: { nameContains: '_100%' } });
    expect(literal.data.providersPage.items.map((p: any) => p.name)).toEqual([`${tag}_100% Dungen`]);
    const byOwnership = await gql(PAGE, { p: { nameContains: tag, sortBy: 'OWNERSHIP' } });
    expect(byOwnership.data.providersPage.items.map((p: any) => p.ownership)).toEqual([
      'MUNICIPAL',
      'NON_PROFIT',
      'PRIVATE',
      'PRIVATE',
    ]);
    const tooMany = await gql(PAGE, { p: { limit: 500 } });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'VALIDATION_FAILED', field: 'limit' });
    const asProvider = await handoffHeaders({
      sub: 'api-key:1',
      name: 'P',
      roles: ['PROVIDER'],
      providerId: '00000000-0000-4000-8000-000000000001',
    });
    expect((await gql(PAGE, {}, asProvider)).data.providersPage).toEqual({ total: 0, items: [] });
  });
});
