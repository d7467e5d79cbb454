import { BENCH_TOPIC, unitPayload } from './harness';
import { PublishSetup } from './publish';
import { rawMessage } from './raw-producer';
import { LatencySummary, runAtRate, sleep, summarise } from './stats';

/** Milliseconds from each key's start mark to its arrival at the observer. */
async function latencies(s: PublishSetup, prefix: string, marks: Map<string, number>): Promise<LatencySummary> {
  await s.observer.waitForCount(prefix, marks.size);
  return summarise([...marks].map(([key, at]) => (s.observer.received.get(key) ?? NaN) - at));
}

/** Ours: from the moment the writing transaction's COMMIT returned. */
async function oursOne(s: PublishSetup, key: string, marks: Map<string, number>) {
  const { dataSource, outbox } = s.harness;
  await dataSource.transaction((m) =>
    outbox.enqueue(m, { topic: BENCH_TOPIC, key, type: 'UnitCreated', payload: unitPayload(key) }),
  );
  marks.set(key, performance.now());
}

/** Raw: from the moment send was called (produce → consume), the best a Kafka client can do. */
async function rawOne(s: PublishSetup, key: string, marks: Map<string, number>) {
  marks.set(key, performance.now());
  await s.producer.send({ topic: s.rawTopic, acks: -1, messages: [rawMessage(key)] });
}

type One = (s: PublishSetup, key: string, marks: Map<string, number>) => Promise<void>;

async function steady(s: PublishSetup, prefix: string, rate: number, seconds: number, one: One) {
  const marks = new Map<string, number>();
  await runAtRate(rate, seconds, (i) => one(s, `${prefix}${i}`, marks));
  return latencies(s, prefix, marks);
}

/** Single events with the system idle in between; the pause varies so events land at any phase of the relay's poll. */
async function idle(s: PublishSetup, prefix: string, count: number, one: One) {
  const marks = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    await sleep(150 + Math.random() * 250);
    const key = `${prefix}${i}`;
    await one(s, key, marks);
    await s.observer.waitForCount(prefix, i + 1, 30_000);
  }
  return latencies(s, prefix, marks);
}

export const oursSteady = (s: PublishSetup, prefix: string, rate: number, seconds: number) =>
  steady(s, prefix, rate, seconds, oursOne);
export const rawSteady = (s: PublishSetup, prefix: string, rate: number, seconds: number) =>
  steady(s, prefix, rate, seconds, rawOne);
export const oursIdle = (s: PublishSetup, prefix: string, count: number) => idle(s, prefix, count, oursOne);
export const rawIdle = (s: PublishSetup, prefix: string, count: number) => idle(s, prefix, count, rawOne);
