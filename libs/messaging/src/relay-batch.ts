import { TopicName } from '@kvalitetsnav/events';

export interface PendingRow {
  id: string;
  topic: TopicName;
  message_key: string;
  envelope: Record<string, unknown>;
}

export type SerialisedRow = PendingRow & { value: string };

/**
 * The leading rows that fit in `maxBytes` (at least one): a batch the broker refuses as too
 * large would be retried, and refused, for ever. The rest wait for the next round, in order.
 */
export function withinBytes(rows: PendingRow[], maxBytes: number): SerialisedRow[] {
  const taken: SerialisedRow[] = [];
  let bytes = 0;
  for (const row of rows) {
    const value = JSON.stringify(row.envelope);
    bytes += Buffer.byteLength(value) + Buffer.byteLength(row.message_key);
    if (taken.length > 0 && bytes > maxBytes) break;
    taken.push({ ...row, value });
  }
  return taken;
}

/** Keeps each topic's rows in outbox order; Kafka then keeps each key's order per partition. */
export function groupByTopic(rows: SerialisedRow[], physical: (t: TopicName) => string) {
  const byTopic = new Map<string, { key: string; value: string }[]>();
  for (const row of rows) {
    const topic = physical(row.topic);
    const messages = byTopic.get(topic) ?? [];
    messages.push({ key: row.message_key, value: row.value });
    byTopic.set(topic, messages);
  }
  return [...byTopic].map(([topic, messages]) => ({ topic, messages }));
}
