import { Client } from 'pg';
import { databaseUrlOn, dropDatabase, ensureDatabase } from '@kvalitetsnav/persistence';
import {
  aProviderInput,
  aUnitInput,
  handoffHeaders,
  officialIdentity,
  postGraphQL,
  ServiceProcess,
  startServiceProcess,
  testDatabaseName,
  waitFor,
} from '@kvalitetsnav/testing';
import { LatencySummary, sleep, summarise } from './stats';

const CREATE_PROVIDER = `mutation($input: CreateProviderInput!) { createProvider(input: $input) { id } }`;
const CREATE_UNIT = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`;
const REPORT = `mutation($input: ReportDeviationInput!) { reportDeviation(input: $input) { id } }`;

export interface CrossServiceConfig {
  serverUrl: string;
  brokers: string;
  topicPrefix: string;
  writes: number;
  /** Databases created here, so the caller can drop them even if this throws half-way. */
  databases: string[];
  processes: ServiceProcess[];
}

export interface CrossServiceResult {
  /** From sending reportDeviation to deviations until contracts' risk_signal row is visible. */
  visible: LatencySummary;
  /** The mutation's own round trip (request, transaction with the outbox row, response). */
  response: LatencySummary;
  /** Where the time goes (p50s, ms, from the services' own clocks in Postgres): */
  stages: { writeTxToRelayPickup: LatencySummary; relayPickupToConsumerTx: LatencySummary };
}

async function connect(serverUrl: string, database: string): Promise<Client> {
  const client = new Client({ connectionString: databaseUrlOn(serverUrl, database) });
  await client.connect();
  return client;
}

async function startService(
  config: CrossServiceConfig,
  app: 'contracts' | 'deviations',
): Promise<{ process: ServiceProcess; database: string }> {
  const database = testDatabaseName(`bench_${app}`);
  config.databases.push(database);
  await ensureDatabase(config.serverUrl, database);
  // The environment apps/e2e/src/stack.ts gives each subgraph.
  const process = await startServiceProcess(`bench-${app}`, app, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'warn',
    DATABASE_URL: config.serverUrl,
    DB_NAME: database,
    KAFKA_BROKERS: config.brokers,
    KAFKA_TOPIC_PREFIX: config.topicPrefix,
    KAFKA_GROUP_ID: `kvn-${app}-${database}`,
  });
  config.processes.push(process);
  return { process, database };
}

export async function crossServiceLatency(config: CrossServiceConfig): Promise<CrossServiceResult> {
  const [contracts, deviations] = await Promise.all([
    startService(config, 'contracts'),
    startService(config, 'deviations'),
  ]);
  const headers = await handoffHeaders(officialIdentity);
  const gql = async (service: ServiceProcess, query: string, variables: Record<string, unknown>) => {
    const result = await postGraphQL<Record<string, { id: string }>>(
      `${service.url}/graphql`,
      query,
      variables,
      headers,
    );
    if (result.errors || !result.data)
      throw new Error(`${service.name}: ${JSON.stringify(result.errors ?? result.status)}`);
    return Object.values(result.data)[0].id;
  };
  const contractsDb = await connect(config.serverUrl, contracts.database);
  const deviationsDb = await connect(config.serverUrl, deviations.database);
  try {
    const providerId = await gql(contracts.process, CREATE_PROVIDER, { input: aProviderInput() });
    const unitId = await gql(contracts.process, CREATE_UNIT, { input: aUnitInput(providerId) });
    await waitFor(
      async () => (await deviationsDb.query('SELECT 1 FROM unit_ref WHERE id = $1', [unitId])).rowCount === 1,
      {
        timeoutMs: 60_000,
        intervalMs: 50,
        what: 'the unit in deviations (contracts → Kafka → deviations)',
      },
    );

    const report = async (i: number) => {
      const input = { unitId, kind: 'SOL_LSS', occurredOn: '2024-03-14', description: `Bench ${i}: utebliven insats` };
      const start = performance.now();
      const id = await gql(deviations.process, REPORT, { input });
      const responded = performance.now();
      // Polls at a few ms: a finer grain than the latencies measured, at a load Postgres does not notice.
      await waitFor(
        async () =>
          (await contractsDb.query('SELECT 1 FROM risk_signal WHERE source_key = $1', [`deviation:${id}`])).rowCount ===
          1,
        {
          timeoutMs: 30_000,
          intervalMs: 3,
          what: `deviation ${id} as a risk signal in contracts`,
        },
      );
      return { id, response: responded - start, visible: performance.now() - start };
    };

    for (let i = 0; i < 3; i++) await report(-1 - i); // warm-up: JIT, pools, first fetches
    const samples: Awaited<ReturnType<typeof report>>[] = [];
    for (let i = 0; i < config.writes; i++) {
      await sleep(100 + Math.random() * 200);
      samples.push(await report(i));
    }
    return {
      visible: summarise(samples.map((s) => s.visible)),
      response: summarise(samples.map((s) => s.response)),
      stages: await stages(
        deviationsDb,
        contractsDb,
        samples.map((s) => s.id),
      ),
    };
  } finally {
    await contractsDb.end();
    await deviationsDb.end();
  }
}

/** now() is a transaction's start, so these are approximate (a millisecond or two) but show the shape. */
async function stages(deviationsDb: Client, contractsDb: Client, ids: string[]) {
  const outbox = await deviationsDb.query(
    `SELECT envelope->>'eventId' AS event_id, extract(epoch FROM created_at) * 1000 AS created, extract(epoch FROM sent_at) * 1000 AS sent
     FROM outbox WHERE topic = 'deviations.deviation.v1' AND envelope->'payload'->>'id' = ANY($1)`,
    [ids],
  );
  const inbox = await contractsDb.query(
    `SELECT event_id::text, extract(epoch FROM handled_at) * 1000 AS handled FROM inbox WHERE event_id = ANY($1::uuid[])`,
    [outbox.rows.map((r) => r.event_id)],
  );
  const handled = new Map(inbox.rows.map((r) => [r.event_id, Number(r.handled)]));
  return {
    writeTxToRelayPickup: summarise(outbox.rows.map((r) => Number(r.sent) - Number(r.created))),
    relayPickupToConsumerTx: summarise(
      outbox.rows.filter((r) => handled.has(r.event_id)).map((r) => (handled.get(r.event_id) ?? NaN) - Number(r.sent)),
    ),
  };
}

export async function cleanUpCrossService(config: CrossServiceConfig): Promise<void> {
  await Promise.all(config.processes.map((p) => p.stop().catch(() => undefined)));
  await Promise.all(config.databases.map((d) => dropDatabase(config.serverUrl, d).catch(() => undefined)));
}
