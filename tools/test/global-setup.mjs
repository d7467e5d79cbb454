// Once per Jest run of integration/e2e tests: find or start Postgres and Kafka, and hand
// their addresses to the workers through the environment (workers start after this).
import { ensurePostgres } from '../dev/postgres.mjs';
import { ensureKafka } from '../kafka/kafka.mjs';

export default async function globalSetup() {
  const log = (m) => process.stderr.write(`${m}\n`);
  process.env.KVN_TEST_DATABASE_URL = await ensurePostgres({ log });
  process.env.KVN_TEST_KAFKA_BROKERS = await ensureKafka({ log });
}
