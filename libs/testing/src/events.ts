import { randomUUID } from 'node:crypto';

/** What a test needs of a service's Kafka client (structural, so this lib does not depend on messaging). */
export interface EventSender {
  ensureTopics(topics: never[]): Promise<void>;
  getProducer(): Promise<{ send(record: { topic: string; messages: { key: string; value: string }[] }): Promise<unknown> }>;
  physical(topic: never): string;
}

/**
 * Publishes an event as another service would, in a valid envelope, on the service's own topic
 * prefix: how integration tests feed a service's consumers over real Kafka. Returns the event id,
 * so a test can send the same event again.
 */
export async function sendTestEvent(kafka: EventSender, topic: string, key: string, payload: unknown, eventId: string = randomUUID()): Promise<string> {
  await kafka.ensureTopics([topic as never]);
  const value = JSON.stringify({ eventId, type: 'Test', occurredAt: new Date().toISOString(), producer: 'test', payload });
  await (await kafka.getProducer()).send({ topic: kafka.physical(topic as never), messages: [{ key, value }] });
  return eventId;
}
