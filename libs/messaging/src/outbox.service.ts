import { Inject, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { assertPayload, EventEnvelope, PayloadOf, TopicName } from '@kvalitetsnav/events';
import { MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';

export const OUTBOX_CHANNEL = 'kvn_outbox';

export interface OutboxMessage<T extends TopicName> {
  topic: T;
  /** The aggregate id: Kafka keeps one key's events in order. */
  key: string;
  type: string;
  payload: PayloadOf<T>;
}

/**
 * Records an event in the caller's transaction. It reaches Kafka only if that transaction
 * commits, and it will reach Kafka even if Kafka is down right now.
 */
@Injectable()
export class OutboxService {
  constructor(@Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions) {}

  async enqueue<T extends TopicName>(
    manager: EntityManager,
    message: OutboxMessage<T>,
  ): Promise<EventEnvelope<PayloadOf<T>>> {
    const [envelope] = await this.enqueueMany(manager, [message]);
    return envelope;
  }

  /** Many events in few statements, in the order given (a bulk import's rows, say). */
  async enqueueMany<T extends TopicName>(
    manager: EntityManager,
    messages: OutboxMessage<T>[],
    chunkSize = 500,
  ): Promise<EventEnvelope<PayloadOf<T>>[]> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.enqueue must be called inside the transaction that makes the change');
    }
    const envelopes = messages.map((message) => this.envelope(message));
    for (let start = 0; start < messages.length; start += chunkSize) {
      const chunk = messages.slice(start, start + chunkSize);
      const values = chunk.map((_, i) => `($${i * 4 + 1}, $${i * 4 + 2}, $${i * 4 + 3}, $${i * 4 + 4})`).join(', ');
      const params = chunk.flatMap((m, i) => [
        envelopes[start + i].eventId,
        m.topic,
        m.key,
        JSON.stringify(envelopes[start + i]),
      ]);
      // Rows get ids in VALUES order, so per-key order holds within the batch.
      await manager.query(`INSERT INTO outbox (event_id, topic, message_key, envelope) VALUES ${values}`, params);
    }
    // Delivered to listeners only when the transaction commits: it wakes the relay at once.
    if (messages.length) await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return envelopes;
  }

  private envelope<T extends TopicName>(message: OutboxMessage<T>): EventEnvelope<PayloadOf<T>> {
    return {
      eventId: randomUUID(),
      type: message.type,
      occurredAt: new Date().toISOString(),
      producer: this.options.serviceName,
      requestId: this.options.requestId?.(),
      payload: assertPayload(message.topic, message.payload),
    };
  }
}
