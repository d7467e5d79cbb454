import { EventConsumer } from '@kvalitetsnav/messaging';
import { waitFor } from '@kvalitetsnav/testing';
import { BENCH_TOPIC, Harness, unitPayload } from './harness';
import { Observer } from './observer';
import { round } from './stats';

export interface ApplyResult {
  events: number;
  /** From the commit of the events to the last handler's commit through EventConsumer. */
  appliedSeconds: number;
  eventsPerSecond: number;
  /** From the same commit until a plain kafkajs consumer had read them all. */
  readSeconds: number;
}

const applied = async (harness: Harness, prefix: string): Promise<number> =>
  (await harness.dataSource.query(`SELECT count(*)::int AS n FROM bench_effect WHERE name LIKE $1`, [`${prefix}%`]))[0]
    .n;

async function enqueue(harness: Harness, prefix: string, events: number, batch: number) {
  for (let start = 0; start < events; start += batch) {
    const keys = Array.from({ length: Math.min(batch, events - start) }, (_, i) => `${prefix}${start + i}`);
    await harness.dataSource.transaction((m) =>
      harness.outbox.enqueueMany(
        m,
        keys.map((key) => ({ topic: BENCH_TOPIC, key, type: 'UnitCreated', payload: unitPayload(key) })),
      ),
    );
  }
}

/**
 * Consumption through EventConsumer (inbox row + handler in one transaction per event) of
 * events already committed in one go, against a plain consumer reading the same events.
 */
export async function applyThroughput(
  harness: Harness,
  observer: Observer,
  prefix: string,
  events: number,
  batch: number,
): Promise<ApplyResult> {
  const consumer = harness.app.get(EventConsumer);
  await waitFor(async () => consumer.isRunning, { timeoutMs: 60_000, what: 'the bench consumer running' });
  // Warm-up: the group has joined and the first fetch is done before the clock starts.
  await enqueue(harness, 'warm-apply:', 1, 1);
  await waitFor(async () => (await applied(harness, 'warm-apply:')) === 1, {
    timeoutMs: 60_000,
    intervalMs: 20,
    what: 'warm-up event applied',
  });

  const start = performance.now();
  const read = observer.waitForCount(prefix, events);
  await enqueue(harness, prefix, events, batch);
  await waitFor(async () => (await applied(harness, prefix)) >= events, {
    timeoutMs: 300_000,
    intervalMs: 20,
    what: `${events} events applied`,
  });
  const appliedSeconds = (performance.now() - start) / 1000;
  const readSeconds = ((await read) - start) / 1000;
  return {
    events,
    appliedSeconds: round(appliedSeconds, 2),
    eventsPerSecond: Math.round(events / appliedSeconds),
    readSeconds: round(readSeconds, 2),
  };
}
