import { dropDatabase, ensureDatabase } from '@kvalitetsnav/persistence';
import {
  freePort,
  ServiceProcess,
  startServiceProcess,
  testDatabaseName,
  testKafkaBrokers,
  testServerUrl,
  testTopicPrefix,
} from '@kvalitetsnav/testing';

export const SUBGRAPHS = ['contracts', 'surveys', 'deviations', 'forecasting'] as const;
export type SubgraphName = (typeof SUBGRAPHS)[number];

export interface Stack {
  topicPrefix: string;
  subgraphs: Record<SubgraphName, ServiceProcess>;
  gateway?: ServiceProcess;
  gatewayUrl?: string;
  databases: string[];
  close(): Promise<void>;
}

export interface StackOptions {
  gateway?: boolean;
  gatewayEnv?: Record<string, string>;
  /** Another Postgres server or broker than the run's shared ones (fault tests bring their own). */
  databaseUrl?: string;
  kafkaBrokers?: string;
  /** More environment for contracts, e.g. SMTP_URL and REMINDER_DIGEST_TO for a test's own SMTP server. */
  contractsEnv?: Record<string, string>;
}

/**
 * The four real subgraphs, each its own process on its own fresh database, sharing one topic
 * prefix on real Kafka; with `gateway`, also the real gateway serving the committed supergraph.
 */
export async function startStack({
  gateway = true,
  gatewayEnv = {},
  databaseUrl = testServerUrl(),
  kafkaBrokers = testKafkaBrokers(),
  contractsEnv = {},
}: StackOptions = {}): Promise<Stack> {
  const topicPrefix = testTopicPrefix();
  const common = {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env['KVN_TEST_LOG_LEVEL'] ?? 'info',
    DATABASE_URL: databaseUrl,
    KAFKA_BROKERS: kafkaBrokers,
    KAFKA_TOPIC_PREFIX: topicPrefix,
  };
  const databases: string[] = [];
  const started: ServiceProcess[] = [];
  const close = async () => {
    await Promise.all(started.map((p) => p.stop()));
    await Promise.all(databases.map((d) => dropDatabase(databaseUrl, d)));
  };
  try {
    const entries = await Promise.all(
      SUBGRAPHS.map(async (name) => {
        const db = testDatabaseName(name);
        databases.push(db);
        await ensureDatabase(databaseUrl, db);
        const p = await startServiceProcess(name, name, {
          ...common,
          DB_NAME: db,
          KAFKA_GROUP_ID: `kvn-${name}-${db}`,
          ...(name === 'contracts' ? contractsEnv : {}),
        });
        started.push(p);
        return [name, p] as const;
      }),
    );
    const subgraphs = Object.fromEntries(entries) as Record<SubgraphName, ServiceProcess>;
    if (!gateway) return { topicPrefix, subgraphs, databases, close };
    const gw = await startServiceProcess('gateway', 'gateway', {
      NODE_ENV: 'test',
      LOG_LEVEL: common.LOG_LEVEL,
      PORT: String(await freePort()),
      CONTRACTS_URL: `${subgraphs.contracts.url}/graphql`,
      SURVEYS_URL: `${subgraphs.surveys.url}/graphql`,
      DEVIATIONS_URL: `${subgraphs.deviations.url}/graphql`,
      FORECASTING_URL: `${subgraphs.forecasting.url}/graphql`,
      ...gatewayEnv,
    });
    started.push(gw);
    return { topicPrefix, subgraphs, gateway: gw, gatewayUrl: gw.url, databases, close };
  } catch (error) {
    await close();
    throw error;
  }
}
