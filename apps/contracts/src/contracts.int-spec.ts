import { DataSource } from 'typeorm';
import { Kafka } from 'kafkajs';
import { pendingSchemaChanges } from '@kvalitetsnav/persistence';
import { OutboxRelay } from '@kvalitetsnav/messaging';
import {
  aProviderInput,
  aUnitInput,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  RunningService,
  startTestService,
  testKafkaBrokers,
  waitFor,
} from '@kvalitetsnav/testing';
import { ContractsAppModule } from './app.module';
import { loadContractsConfig } from './config';

const CREATE_PROVIDER = `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id name organisationNumber ownership } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id name serviceArea places provider { id } } }`;

describe('contracts service (real Postgres and Kafka)', () => {
  let service: RunningService;
  let headers: Record<string, string>;

  beforeAll(async () => {
    service = await startTestService('contracts', (env) => ContractsAppModule.forRoot(loadContractsConfig(env)));
    headers = await handoffHeaders(officialIdentity);
  });
  afterAll(() => service?.close());

  const gql = (query: string, variables = {}) => postGraphQL(service.graphqlUrl, query, variables, headers);

  it('runs its migrations at start, and they match the entities exactly', async () => {
    const dataSource = service.app.get(DataSource);
    expect(await dataSource.showMigrations()).toBe(false);
    expect(await pendingSchemaChanges(dataSource)).toEqual([]);
  });

  it('creates a provider and a unit and publishes both through the outbox to Kafka', async () => {
    const provider = await gql(CREATE_PROVIDER, { input: aProviderInput({ name: 'Solrosens Omsorg AB' }) });
    expect(provider.errors).toBeUndefined();
    const providerId = (provider.data as any).createProvider.id;
    const unit = await gql(CREATE_UNIT, { input: aUnitInput(providerId, { name: 'Gruppbostad Solrosen' }) });
    expect(unit.errors).toBeUndefined();
    expect((unit.data as any).createUnit).toMatchObject({
      name: 'Gruppbostad Solrosen',
      serviceArea: 'LSS_GROUP_HOME',
      places: 6,
      provider: { id: providerId },
    });

    await service.app.get(OutboxRelay).flush();
    const received = await readTopic(`${service.env['KAFKA_TOPIC_PREFIX']}contracts.unit.v1`, 1);
    expect(received[0]).toMatchObject({
      key: (unit.data as any).createUnit.id,
      envelope: { type: 'UnitCreated', producer: 'contracts', payload: { providerId, name: 'Gruppbostad Solrosen' } },
    });
  });

  it("resolves the gateway's entity references (batched by DataLoader) in order, with null for an unknown id", async () => {
    const providerId = ((await gql(CREATE_PROVIDER, { input: aProviderInput({ name: 'Referensbolaget AB' }) })) as any)
      .data.createProvider.id;
    const unitIds: string[] = [];
    for (const name of ['Ref A', 'Ref B', 'Ref C'])
      unitIds.push(((await gql(CREATE_UNIT, { input: aUnitInput(providerId, { name }) })) as any).data.createUnit.id);
    const unknown = '00000000-0000-4000-8000-000000000000';
    const representations = [
      ...[unitIds[2], unitIds[0], unknown, unitIds[1]].map((id) => ({ __typename: 'Unit', id })),
      { __typename: 'Provider', id: providerId },
    ];
    const result = await gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Unit { name provider { name } } ... on Provider { name } } }`,
      { r: representations },
    );
    expect(result.errors).toBeUndefined();
    expect((result.data as any)._entities).toEqual([
      { name: 'Ref C', provider: { name: 'Referensbolaget AB' } },
      { name: 'Ref A', provider: { name: 'Referensbolaget AB' } },
      null,
      { name: 'Ref B', provider: { name: 'Referensbolaget AB' } },
      { name: 'Referensbolaget AB' },
    ]);
  });

  it('refuses a bad organisation number, naming the field and rule, and stores nothing', async () => {
    const before = await gql(`{ providers { id } }`);
    const result = await gql(CREATE_PROVIDER, { input: aProviderInput({ organisationNumber: '556036-0794' }) });
    expect(result.errors?.[0]).toMatchObject({
      message: 'organisationNumber has a wrong check digit',
      extensions: {
        code: 'VALIDATION_FAILED',
        field: 'organisationNumber',
        rule: 'ORGANISATION_NUMBER_INVALID',
        params: { problem: 'CHECK_DIGIT' },
      },
    });
    const after = await gql(`{ providers { id } }`);
    expect((after.data as any).providers).toHaveLength((before.data as any).providers.length);
  });

  it('refuses a duplicate organisation number with CONFLICT', async () => {
    const input = aProviderInput();
    await gql(CREATE_PROVIDER, { input });
    const again = await gql(CREATE_PROVIDER, { input: { ...input, name: 'Another name' } });
    expect(again.errors?.[0]?.extensions).toEqual({
      code: 'CONFLICT',
      field: 'organisationNumber',
      rule: 'ALREADY_EXISTS',
      params: { entity: 'PROVIDER', value: input.organisationNumber },
    });
  });

  it('refuses a unit for an unknown provider, and an empty name, with clear errors', async () => {
    const unknown = await gql(CREATE_UNIT, { input: aUnitInput('4f1c2d3e-0000-4000-8000-000000000000') });
    expect(unknown.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'providerId' } });
    const empty = await gql(CREATE_UNIT, {
      input: aUnitInput('4f1c2d3e-0000-4000-8000-000000000000', { name: '', places: -1 }),
    });
    expect(empty.errors?.[0]?.extensions?.code).toBe('VALIDATION_FAILED');
    expect(empty.errors?.[0]?.message).toContain('name must be 1 to 200 characters');
    expect(empty.errors?.[0]?.message).toContain('places must be 0 or more');
  });

  it('lets only officials and admins register providers', async () => {
    const manager = await handoffHeaders({ sub: 'm1', name: 'Chef', roles: ['MANAGER'] });
    const result = await postGraphQL(service.graphqlUrl, CREATE_PROVIDER, { input: aProviderInput() }, manager);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses a request that did not come through the gateway', async () => {
    const result = await postGraphQL(service.graphqlUrl, `{ providers { id } }`);
    expect(result.status).toBe(401);
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const forged = await postGraphQL(
      service.graphqlUrl,
      `{ providers { id } }`,
      {},
      await handoffHeaders(officialIdentity, 'x'.repeat(40)),
    );
    expect(forged.status).toBe(401);
  });

  it('exposes Prometheus metrics', async () => {
    const metrics = await (await fetch(`${service.url}/metrics`)).text();
    expect(metrics).toContain('process_cpu_user_seconds_total{service="contracts"}');
  });

  it('answers health checks', async () => {
    expect((await fetch(`${service.url}/health/live`)).status).toBe(200);
    const ready = await fetch(`${service.url}/health/ready`);
    expect(await ready.json()).toMatchObject({ status: 'ok', checks: { database: { up: true }, kafka: { up: true } } });
  });
});

async function readTopic(topic: string, count: number) {
  const kafka = new Kafka({ clientId: 'test-reader', brokers: testKafkaBrokers().split(','), logLevel: 0 });
  const consumer = kafka.consumer({ groupId: `reader-${Date.now()}` });
  const seen: { key: string; envelope: any }[] = [];
  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) =>
      void seen.push({ key: message.key!.toString(), envelope: JSON.parse(message.value!.toString()) }),
  });
  try {
    await waitFor(async () => seen.length >= count, { what: `${count} message(s) on ${topic}` });
    return seen;
  } finally {
    await consumer.disconnect();
  }
}
