import {
  aProviderInput,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  RunningService,
  startTestService,
} from '@kvalitetsnav/testing';
import { ContractsAppModule } from '../app.module';
import { loadContractsConfig } from '../config';

const CREATE_PROVIDER = `mutation($i: CreateProviderInput!) { createProvider(input: $i) { id } }`;
const ADD = `mutation($i: AddProviderContactInput!) { addProviderContact(input: $i) { id providerId name email topics } }`;
const UPDATE = `mutation($i: UpdateProviderContactInput!) { updateProviderContact(input: $i) { id name email topics } }`;
const REMOVE = `mutation($id: ID!) { removeProviderContact(id: $id) { id email } }`;
const CONTACTS = `query($id: ID!) { provider(id: $id) { contacts { name email topics } } }`;
const HISTORY = `query($id: ID!) { changeHistory(entityId: $id) { action changes } }`;

/** Who at a provider gets reminders: kept by officials, and by the provider for itself only. */
describe('provider contacts (real Postgres and Kafka)', () => {
  let service: RunningService;
  let official: Record<string, string>;
  const gql = (query: string, variables: Record<string, unknown>, headers = official) =>
    postGraphQL<any>(service.graphqlUrl, query, variables, headers);
  const newProvider = async () =>
    (await gql(CREATE_PROVIDER, { i: aProviderInput() })).data.createProvider.id as string;
  const asProvider = (providerId: string) =>
    handoffHeaders({ sub: `portal:${providerId}`, name: 'Utförare', roles: ['PROVIDER'], providerId });
  const contactsOf = async (id: string, headers = official) =>
    (await gql(CONTACTS, { id }, headers)).data.provider.contacts;

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    official = await handoffHeaders(officialIdentity);
  });
  afterAll(() => service?.close());

  it('adds, changes and removes a contact, keeping the address in lower case and logging each change', async () => {
    const providerId = await newProvider();
    const added = (
      await gql(ADD, { i: { providerId, name: ' Eva Ek ', email: 'Eva.Ek@Omsorg.se', topics: ['ACTIONS', 'REPORTS'] } })
    ).data.addProviderContact;
    expect(added).toMatchObject({
      providerId,
      name: 'Eva Ek',
      email: 'eva.ek@omsorg.se',
      topics: ['REPORTS', 'ACTIONS'],
    });
    const changed = await gql(UPDATE, { i: { id: added.id, topics: ['PULSE'] } });
    expect(changed.data.updateProviderContact).toMatchObject({ name: 'Eva Ek', topics: ['PULSE'] });
    expect(await contactsOf(providerId)).toEqual([{ name: 'Eva Ek', email: 'eva.ek@omsorg.se', topics: ['PULSE'] }]);
    expect((await gql(REMOVE, { id: added.id })).data.removeProviderContact.email).toBe('eva.ek@omsorg.se');
    expect(await contactsOf(providerId)).toEqual([]);
    const history = (await gql(HISTORY, { id: added.id })).data.changeHistory;
    expect(history.map((h: any) => [h.action, JSON.parse(h.changes)])).toEqual([
      ['CREATED', { providerId, name: 'Eva Ek', email: 'eva.ek@omsorg.se', topics: ['REPORTS', 'ACTIONS'] }],
      ['UPDATED', { topics: ['PULSE'] }],
      ['REMOVED', { providerId, email: 'eva.ek@omsorg.se' }],
    ]);
  });

  it('refuses a bad address, an empty name and no topic, each at its field, and stores nothing', async () => {
    const providerId = await newProvider();
    const bad = await gql(ADD, { i: { providerId, name: ' ', email: 'eva.ek@omsorg', topics: [] } });
    expect(bad.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION_FAILED',
      violations: [
        { rule: 'REQUIRED', field: 'name' },
        { rule: 'EMAIL_INVALID', field: 'email', params: { value: 'eva.ek@omsorg' } },
        { rule: 'TOPIC_REQUIRED', field: 'topics' },
      ],
    });
    expect(await contactsOf(providerId)).toEqual([]);
  });

  it('takes an address once per provider, whatever its case, but the same person may be contact for two providers', async () => {
    const [first, second] = [await newProvider(), await newProvider()];
    const input = { name: 'Åke Ask', email: 'ake@omsorg.se', topics: ['REPORTS'] };
    await gql(ADD, { i: { providerId: first, ...input } });
    const again = await gql(ADD, { i: { providerId: first, ...input, email: 'AKE@omsorg.se' } });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      rule: 'ALREADY_EXISTS',
      field: 'email',
      params: { entity: 'PROVIDER_CONTACT', value: 'ake@omsorg.se' },
    });
    expect((await gql(ADD, { i: { providerId: second, ...input } })).errors).toBeUndefined();
    const other = (await gql(ADD, { i: { providerId: first, name: 'Ida', email: 'ida@omsorg.se', topics: ['PULSE'] } }))
      .data.addProviderContact;
    const taken = await gql(UPDATE, { i: { id: other.id, email: 'ake@omsorg.se' } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ rule: 'ALREADY_EXISTS', field: 'email' });
  });

  it("lets a provider keep its own contacts, answers another provider's as unknown, and refuses managers", async () => {
    const [own, other] = [await newProvider(), await newProvider()];
    const provider = await asProvider(own);
    const mine = await gql(
      ADD,
      { i: { providerId: own, name: 'Eva', email: 'eva@own.se', topics: ['REPORTS'] } },
      provider,
    );
    expect(mine.errors).toBeUndefined();
    expect(await contactsOf(own, provider)).toEqual([{ name: 'Eva', email: 'eva@own.se', topics: ['REPORTS'] }]);
    const theirs = (await gql(ADD, { i: { providerId: other, name: 'Bo', email: 'bo@other.se', topics: ['REPORTS'] } }))
      .data.addProviderContact;
    const intoOther = await gql(
      ADD,
      { i: { providerId: other, name: 'X', email: 'x@own.se', topics: ['REPORTS'] } },
      provider,
    );
    expect(intoOther.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      rule: 'UNKNOWN',
      field: 'providerId',
    });
    for (const attempt of [
      gql(UPDATE, { i: { id: theirs.id, name: 'Y' } }, provider),
      gql(REMOVE, { id: theirs.id }, provider),
    ])
      expect((await attempt).errors?.[0]?.extensions).toMatchObject({
        code: 'NOT_FOUND',
        rule: 'UNKNOWN',
        field: 'id',
      });
    expect(await contactsOf(other)).toEqual([{ name: 'Bo', email: 'bo@other.se', topics: ['REPORTS'] }]);
    const manager = await handoffHeaders({ sub: 'manager', name: 'M', roles: ['MANAGER'] });
    expect((await gql(CONTACTS, { id: own }, manager)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const managerAdd = await gql(
      ADD,
      { i: { providerId: own, name: 'M', email: 'm@own.se', topics: ['REPORTS'] } },
      manager,
    );
    expect(managerAdd.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
