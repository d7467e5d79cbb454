import { randomBytes } from 'node:crypto';

/** Set by tools/test/global-setup.mjs, which finds (or starts) Postgres and Kafka once per run. */
export function testServerUrl(): string {
  return process.env['KVN_TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/';
}

export function testKafkaBrokers(): string {
  return process.env['KVN_TEST_KAFKA_BROKERS'] ?? process.env['KAFKA_BROKERS'] ?? '127.0.0.1:9092';
}

export function uniqueSuffix(): string {
  return `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
}

/** Fresh database name per suite; the "test" in it satisfies the test-database guard. */
export function testDatabaseName(service: string): string {
  return `kvn_${service}_test_${uniqueSuffix()}`;
}

/** Unique topic prefix per suite, so suites never read each other's events. */
export function testTopicPrefix(): string {
  return `t${uniqueSuffix()}.`;
}

export async function waitFor<T>(
  probe: () => Promise<T | undefined | null | false>,
  { timeoutMs = 30_000, intervalMs = 100, what = 'condition' } = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const value = await probe();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(
    `timed out after ${timeoutMs} ms waiting for ${what}${lastError ? `: ${(lastError as Error).message}` : ''}`,
  );
}
