import { Producer } from 'kafkajs';
import { BENCH_TOPIC, Harness, unitPayload } from './harness';
import { Observer } from './observer';
import { rawMessage } from './raw-producer';
import { round, runPool } from './stats';

export interface ThroughputResult {
  events: number;
  /** Until every commit (ours) or send (raw) had returned. */
  acceptedSeconds: number;
  /** Until the observer had read every event from Kafka. */
  onKafkaSeconds: number;
  eventsPerSecond: number;
}

export interface PublishSetup {
  harness: Harness;
  producer: Producer;
  observer: Observer;
  rawTopic: string;
  events: number;
  concurrency: number;
  batch: number;
}

async function measure(
  observer: Observer,
  prefix: string,
  events: number,
  publish: () => Promise<void>,
): Promise<ThroughputResult> {
  const start = performance.now();
  const all = observer.waitForCount(prefix, events);
  await publish();
  const accepted = performance.now();
  const onKafka = await all;
  const seconds = (onKafka - start) / 1000;
  return {
    events,
    acceptedSeconds: round((accepted - start) / 1000, 2),
    onKafkaSeconds: round(seconds, 2),
    eventsPerSecond: Math.round(events / seconds),
  };
}

const batches = (events: number, size: number) =>
  Array.from({ length: Math.ceil(events / size) }, (_, b) =>
    Array.from({ length: Math.min(size, events - b * size) }, (_, i) => b * size + i),
  );

export function oursPerEvent(s: PublishSetup, prefix: string, events = s.events) {
  const { dataSource, outbox } = s.harness;
  return measure(s.observer, prefix, events, () =>
    runPool(events, s.concurrency, async (i) => {
      await dataSource.transaction((m) =>
        outbox.enqueue(m, {
          topic: BENCH_TOPIC,
          key: `${prefix}${i}`,
          type: 'UnitCreated',
          payload: unitPayload(`${prefix}${i}`),
        }),
      );
    }),
  );
}

export function oursBatched(s: PublishSetup, prefix: string, events = s.events) {
  const { dataSource, outbox } = s.harness;
  return measure(s.observer, prefix, events, async () => {
    for (const batch of batches(events, s.batch)) {
      await dataSource.transaction((m) =>
        outbox.enqueueMany(
          m,
          batch.map((i) => ({
            topic: BENCH_TOPIC,
            key: `${prefix}${i}`,
            type: 'UnitCreated',
            payload: unitPayload(`${prefix}${i}`),
          })),
        ),
      );
    }
  });
}

export function rawPerEvent(s: PublishSetup, prefix: string, events = s.events) {
  return measure(s.observer, prefix, events, () =>
    runPool(events, s.concurrency, async (i) => {
      await s.producer.send({ topic: s.rawTopic, acks: -1, messages: [rawMessage(`${prefix}${i}`)] });
    }),
  );
}

export function rawBatched(s: PublishSetup, prefix: string, events = s.events) {
  return measure(s.observer, prefix, events, async () => {
    for (const batch of batches(events, s.batch)) {
      await s.producer.send({ topic: s.rawTopic, acks: -1, messages: batch.map((i) => rawMessage(`${prefix}${i}`)) });
    }
  });
}
