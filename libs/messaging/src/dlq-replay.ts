import { Kafka, logLevel } from 'kafkajs';
import { dlqTopicOf, TopicName } from '@kvalitetsnav/events';

export interface ReplayOptions {
  brokers: string[];
  topicPrefix?: string;
  topic: TopicName;
  /** Only messages a handler failed on (the kind a code fix can cure); invalid messages stay unless `all`. */
  all?: boolean;
  /** Only messages this consumer group sent to the DLQ. */
  consumerGroup?: string;
}

/**
 * Sends dead-lettered messages back to their topic, once each: the replay's own consumer group
 * remembers how far it got, and consumers' inboxes make a redelivery to a group that already
 * applied the event harmless. Stops at the DLQ's end as it was when the replay began.
 */
export async function replayDeadLetters(options: ReplayOptions): Promise<{ replayed: number; skipped: number }> {
  const prefix = options.topicPrefix ?? '';
  const dlq = `${prefix}${dlqTopicOf(options.topic)}`;
  const kafka = new Kafka({ clientId: 'kvalitetsnav-dlq-replay', brokers: options.brokers, logLevel: logLevel.WARN });
  const admin = kafka.admin();
  await admin.connect();
  const ends = await admin.fetchTopicOffsets(dlq).finally(() => admin.disconnect());
  const remaining = new Map(
    ends.filter((p) => Number(p.high) > Number(p.low)).map((p) => [p.partition, Number(p.high)]),
  );
  const consumer = kafka.consumer({ groupId: `kvalitetsnav-dlq-replay-${prefix}${options.topic}` });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  let replayed = 0;
  let skipped = 0;
  await Promise.all([consumer.connect(), producer.connect()]);
  try {
    await consumer.subscribe({ topic: dlq, fromBeginning: true });
    const committedEnds = await committedOffsets(kafka, `kvalitetsnav-dlq-replay-${prefix}${options.topic}`, dlq);
    for (const [partition, committed] of committedEnds)
      if ((remaining.get(partition) ?? 0) <= committed) remaining.delete(partition);
    if (remaining.size === 0) return { replayed, skipped };
    await new Promise<void>((resolve, reject) => {
      consumer
        .run({
          autoCommitThreshold: 1,
          eachMessage: async ({ partition, message }) => {
            const header = (name: string) => message.headers?.[name]?.toString();
            const fixable = options.all || header('x-dlq-error')?.startsWith('handler failed');
            const ours = !options.consumerGroup || header('x-dlq-consumer-group') === options.consumerGroup;
            if (fixable && ours) {
              await producer.send({
                topic: `${prefix}${options.topic}`,
                acks: -1,
                messages: [
                  {
                    key: message.key,
                    value: message.value,
                    headers: { 'x-replayed-from-dlq': `${partition}@${message.offset}` },
                  },
                ],
              });
              replayed += 1;
            } else {
              skipped += 1;
            }
            if (Number(message.offset) + 1 >= (remaining.get(partition) ?? 0)) remaining.delete(partition);
            if (remaining.size === 0) resolve();
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect();
    await producer.disconnect();
  }
  return { replayed, skipped };
}

/** Where the replay group has got to on each partition of the DLQ. */
async function committedOffsets(kafka: Kafka, groupId: string, topic: string): Promise<Map<number, number>> {
  const admin = kafka.admin();
  await admin.connect();
  try {
    const [offsets] = await admin.fetchOffsets({ groupId, topics: [topic] });
    return new Map(
      (offsets?.partitions ?? []).filter((p) => Number(p.offset) >= 0).map((p) => [p.partition, Number(p.offset)]),
    );
  } finally {
    await admin.disconnect();
  }
}
