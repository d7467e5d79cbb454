import { randomUUID } from 'node:crypto';

/** What a test needs of a service's Kafka client (structural, so this lib does not depend on messaging). */
export interface EventSender {
  ensureTopics(topics: never[]): Promise<void>;
  getProducer(): Promise<{
    send(record: { topic: string; messages: { key: string; value: string }[] }): Promise<unknown>;
  }>;
  physical(topic: never): string;
}

/** A message value as another service's relay would write it: a valid envelope around `payload`. */
export function testEnvelope(payload: unknown, eventId: string = randomUUID(), type = 'Test'): string {
  return JSON.stringify({ eventId, type, occurredAt: new Date().toISOString(), producer: 'test', payload });
}

/**
 * Publishes an event as another service would, in a valid envelope, on the service's own topic
 * prefix: how integration tests feed a service's consumers over real Kafka. Returns the event id,
 * so a test can send the same event again.
 */
export async function sendTestEvent(
  kafka: EventSender,
  topic: string,
  key: string,
  payload: unknown,
  eventId: string = randomUUID(),
): Promise<string> {
  await kafka.ensureTopics([topic as never]);
  await (
    await kafka.getProducer()
  ).send({ topic: kafka.physical(topic as never), messages: [{ key, value: testEnvelope(payload, eventId) }] });
  return eventId;
}
