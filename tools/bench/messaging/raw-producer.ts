import { randomUUID } from 'node:crypto';
import { Kafka, Partitioners, Producer } from 'kafkajs';
import { unitPayload } from './harness';

/** The reference: kafkajs used directly, with the settings our relay's producer has. */
export async function rawProducer(kafka: Kafka): Promise<Producer> {
  const producer = kafka.producer({
    idempotent: true,
    maxInFlightRequests: 1,
    allowAutoTopicCreation: false,
    createPartitioner: Partitioners.DefaultPartitioner,
  });
  await producer.connect();
  return producer;
}

/** A value the size and shape of an outbox envelope, so both paths move the same bytes. */
export function rawMessage(key: string) {
  const value = JSON.stringify({
    eventId: randomUUID(),
    type: 'UnitCreated',
    occurredAt: new Date().toISOString(),
    producer: 'bench',
    payload: unitPayload(key),
  });
  return { key, value };
}
