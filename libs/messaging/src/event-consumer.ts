import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { Consumer, EachBatchPayload, EachMessagePayload, IHeaders, KafkaMessage } from 'kafkajs';
import { DataSource, EntityManager } from 'typeorm';
import { dlqTopicOf, EventEnvelope, isTopicName, parseEvent, PayloadOf, TopicName } from '@kvalitetsnav/events';
import { backoffDelay, sleep } from './backoff';
import { KafkaClient } from './kafka-client';
import { ConsumerTuning, DEFAULT_CONSUMER_TUNING, MESSAGING_OPTIONS, MessagingOptions } from './messaging-options';
import { isTransientInfrastructureError } from './transient-errors';

export type EventHandler<T extends TopicName> = (
  event: EventEnvelope<PayloadOf<T>>,
  manager: EntityManager,
) => Promise<void>;

type AnyHandler = (event: EventEnvelope<unknown>, manager: EntityManager) => Promise<void>;

/**
 * Applies events from Kafka exactly once in effect: the inbox row and the handler's writes
 * commit together, offsets move only after that, failures are retried with back-off, and a
 * message that cannot be applied goes to `<topic>.dlq` with its error, never dropped.
 */
@Injectable()
export class EventConsumer implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(EventConsumer.name);
  private readonly handlers = new Map<TopicName, AnyHandler>();
  private readonly tuning: ConsumerTuning;
  private consumer?: Consumer;
  private restartTimer?: NodeJS.Timeout;
  private startup?: Promise<void>;
  private stopped = false;
  private runningSince?: Date;

  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaClient,
    @Inject(MESSAGING_OPTIONS) private readonly options: MessagingOptions,
  ) {
    this.tuning = { ...DEFAULT_CONSUMER_TUNING, ...options.consumer };
  }

  /** Register in `onModuleInit`; consumption starts once the application has bootstrapped. */
  on<T extends TopicName>(topic: T, handler: EventHandler<T>): void {
    if (this.handlers.has(topic)) throw new Error(`a handler for ${topic} is already registered`);
    this.handlers.set(topic, handler as AnyHandler);
  }

  get isRunning(): boolean {
    return this.runningSince !== undefined;
  }

  onApplicationBootstrap(): void {
    if (this.handlers.size === 0) return;
    this.stopped = false;
    this.startup = this.start();
  }

  // Before TypeORM closes its pool in onApplicationShutdown.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.restartTimer);
    // Let a start-up in flight finish first: kafkajs misbehaves when cut off mid-connect.
    await this.startup;
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = undefined;
    this.runningSince = undefined;
  }

  /** Kafka may be down when the service starts: keep trying in the background, never block start-up. */
  private async start(): Promise<void> {
    if (this.stopped) return;
    const topics = [...this.handlers.keys()];
    const consumer = this.kafka.kafka.consumer({
      groupId: this.options.groupId,
      // After a broker outage the consumer rejoins as a new member, and the group waits for the old
      // one's session to lapse before it rebalances: at 30 s the outage fault test saw effects 31 s
      // after the broker was back. Handlers heartbeat between runs and retries, well within 10 s.
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      retry: { retries: 5, initialRetryTime: 300 },
    });
    this.consumer = consumer;
    try {
      await this.kafka.ensureTopics(topics);
      await consumer.connect();
      await consumer.subscribe({ topics: topics.map((t) => this.kafka.physical(t)), fromBeginning: true });
      consumer.on(consumer.events.CRASH, (event) => {
        if (!event.payload.restart) this.restartLater(consumer, event.payload.error);
      });
      if (this.stopped) return;
      // Offsets are resolved by hand, only for messages whose effects have committed, and committed
      // every run or so: a crash redelivers at most about a run, which the inbox turns into no-ops.
      await consumer.run({
        eachBatchAutoResolve: false,
        autoCommitThreshold: this.tuning.applyBatchSize,
        eachBatch: (payload) => this.handleBatch(payload),
      });
      this.runningSince = new Date();
      this.logger.log(`consuming ${topics.join(', ')} as ${this.options.groupId}`);
    } catch (error) {
      this.restartLater(consumer, error as Error);
    }
  }

  private restartLater(consumer: Consumer, error: Error): void {
    this.runningSince = undefined;
    if (this.consumer === consumer) this.consumer = undefined;
    void consumer.disconnect().catch(() => undefined);
    if (this.stopped) return;
    this.logger.warn(`consumer not running, retrying in ${this.tuning.restartBackoffMs} ms: ${error.message}`);
    this.restartTimer = setTimeout(() => {
      this.startup = this.start();
    }, this.tuning.restartBackoffMs);
  }

  /**
   * Applies a partition's fetched messages in runs, each in one transaction (one commit, one
   * inbox statement), in offset order. A run that fails for any reason but a transient one is
   * rolled back and replayed message by message, so retries and the DLQ work as for one message.
   */
  private async handleBatch({
    batch,
    resolveOffset,
    heartbeat,
    commitOffsetsIfNecessary,
    isRunning,
    isStale,
  }: EachBatchPayload): Promise<void> {
    const topic = this.kafka.logical(batch.topic);
    const handler = isTopicName(topic) ? this.handlers.get(topic) : undefined;
    const one = (message: KafkaMessage) =>
      this.handle({ topic: batch.topic, partition: batch.partition, message, heartbeat });
    const messages = batch.messages;
    let next = 0;
    while (next < messages.length && isRunning() && !isStale()) {
      const run: { message: KafkaMessage; event: EventEnvelope<unknown> }[] = [];
      while (handler && next < messages.length && run.length < this.tuning.applyBatchSize) {
        const parsed = parseEvent(topic as TopicName, messages[next].value);
        if (!parsed.ok) break;
        run.push({ message: messages[next++], event: parsed.event });
      }
      if (run.length === 0 || !handler) {
        await one(messages[next]); // not ours, or invalid: the per-message path dead-letters it
        resolveOffset(messages[next++].offset);
      } else if (
        await this.applyRun(
          topic as TopicName,
          run.map((r) => r.event),
          handler,
        )
      ) {
        resolveOffset(run[run.length - 1].message.offset);
      } else {
        for (const { message } of run) {
          if (!isRunning() || isStale()) return;
          await one(message);
          resolveOffset(message.offset);
        }
      }
      await commitOffsetsIfNecessary();
      await heartbeat();
    }
  }

  /** True when the whole run committed; false when a handler failed and nothing of the run was kept. */
  private async applyRun(topic: TopicName, events: EventEnvelope<unknown>[], handler: AnyHandler): Promise<boolean> {
    try {
      await this.dataSource.transaction(async (manager) => {
        const inserted: { event_id: string }[] = await manager.query(
          `INSERT INTO inbox (event_id, consumer_group, topic) SELECT unnest($1::uuid[]), $2, $3
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [events.map((e) => e.eventId), this.options.groupId, topic],
        );
        const fresh = new Set(inserted.map((r) => r.event_id.toLowerCase()));
        for (const event of events) {
          // Skips events applied before, and the second copy of one delivered twice in this run.
          if (fresh.delete(event.eventId.toLowerCase())) await handler(event, manager);
        }
      });
      return true;
    } catch (error) {
      if (isTransientInfrastructureError(error)) throw error; // kafkajs redelivers from the last resolved offset
      return false;
    }
  }

  private async handle({
    topic: physicalTopic,
    partition,
    message,
    heartbeat,
  }: Pick<EachMessagePayload, 'topic' | 'partition' | 'message' | 'heartbeat'>): Promise<void> {
    const topic = this.kafka.logical(physicalTopic);
    if (!isTopicName(topic)) return; // not ours: a prefix clash; nothing to apply.
    const parsed = parseEvent(topic, message.value);
    if (!parsed.ok) {
      await this.deadLetter(topic, partition, message, `invalid message: ${parsed.error}`, 0);
      return;
    }
    const handler = this.handlers.get(topic)!;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.applyOnce(topic, parsed.event, handler);
        return;
      } catch (error) {
        if (isTransientInfrastructureError(error)) {
          // Not the message's fault: throwing makes kafkajs retry it later without committing.
          throw error;
        }
        if (attempt >= this.tuning.maxAttempts) {
          await this.deadLetter(topic, partition, message, `handler failed: ${(error as Error).message}`, attempt);
          return;
        }
        await sleep(backoffDelay(attempt, this.tuning.initialBackoffMs, this.tuning.maxBackoffMs));
        await heartbeat();
      }
    }
  }

  private async applyOnce(topic: TopicName, event: EventEnvelope<unknown>, handler: AnyHandler): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO inbox (event_id, consumer_group, topic) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING event_id`,
        [event.eventId, this.options.groupId, topic],
      );
      if (inserted.length === 0) return; // already applied: a redelivery.
      await handler(event, manager);
    });
  }

  private async deadLetter(
    topic: TopicName,
    partition: number,
    message: EachMessagePayload['message'],
    error: string,
    attempts: number,
  ): Promise<void> {
    this.logger.error(`sending message ${topic}/${partition}@${message.offset} to ${dlqTopicOf(topic)}: ${error}`);
    const headers: IHeaders = {
      ...message.headers,
      'x-dlq-error': error.slice(0, 2000),
      'x-dlq-original-topic': topic,
      'x-dlq-partition': String(partition),
      'x-dlq-offset': message.offset,
      'x-dlq-consumer-group': this.options.groupId,
      'x-dlq-attempts': String(attempts),
      'x-dlq-failed-at': new Date().toISOString(),
    };
    // If this send fails, the error propagates and the message is retried, not lost.
    const producer = await this.kafka.getProducer();
    await producer.send({
      topic: this.kafka.physical(dlqTopicOf(topic)),
      acks: -1,
      messages: [{ key: message.key, value: message.value, headers }],
    });
  }
}
