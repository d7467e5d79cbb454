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

  async enqueue<T extends TopicName>(manager: EntityManager, message: OutboxMessage<T>): Promise<EventEnvelope<PayloadOf<T>>> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxService.enqueue must be called inside the transaction that makes the change');
    }
    const envelope: EventEnvelope<PayloadOf<T>> = {
      eventId: randomUUID(),
      type: message.type,
      occurredAt: new Date().toISOString(),
      producer: this.options.serviceName,
      requestId: this.options.requestId?.(),
      payload: assertPayload(message.topic, message.payload),
    };
    await manager.query(`INSERT INTO outbox (event_id, topic, message_key, envelope) VALUES ($1, $2, $3, $4)`, [
      envelope.eventId,
      message.topic,
      message.key,
      JSON.stringify(envelope),
    ]);
    // Delivered to listeners only when the transaction commits: it wakes the relay at once.
    await manager.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
    return envelope;
  }
}
