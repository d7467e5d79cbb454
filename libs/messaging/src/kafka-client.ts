import { Logger } from '@nestjs/common';
import { Admin, Kafka, logLevel, LogEntry, Partitioners, Producer } from 'kafkajs';
import { dlqTopicOf, TopicName } from '@kvalitetsnav/events';
import { MessagingOptions } from './messaging-options';

const kafkaLogger = new Logger('kafkajs');

/** kafkajs logs through Nest's logger (JSON in services); its chatter below WARN is dropped. */
function logCreator() {
  return ({ level, log }: LogEntry) => {
    const { message, ...extra } = log;
    const line = `${message} ${JSON.stringify(extra)}`;
    if (level === logLevel.ERROR) kafkaLogger.error(line);
    else if (level === logLevel.WARN) kafkaLogger.warn(line);
  };
}

/**
 * The one place that knows about kafkajs: physical topic names, a lazily connected producer
 * and admin. Everything else in a service speaks in catalogue topic names.
 */
export class KafkaClient {
  readonly kafka: Kafka;
  private producer?: Promise<Producer>;
  private admin?: Promise<Admin>;

  constructor(private readonly options: MessagingOptions) {
    this.kafka = new Kafka({
      clientId: options.clientId,
      brokers: options.brokers,
      logLevel: logLevel.WARN,
      logCreator,
      connectionTimeout: 3_000,
      requestTimeout: 10_000,
      // The relay and consumer do their own back-off; kafkajs retries only briefly.
      retry: { retries: 3, initialRetryTime: 200, maxRetryTime: 2_000 },
    });
  }

  physical(topic: TopicName | `${TopicName}.dlq`): string {
    return `${this.options.topicPrefix}${topic}`;
  }

  logical(physicalTopic: string): string {
    return physicalTopic.startsWith(this.options.topicPrefix)
      ? physicalTopic.slice(this.options.topicPrefix.length)
      : physicalTopic;
  }

  /** Idempotent producer: a retried send never writes a message twice. */
  getProducer(): Promise<Producer> {
    if (!this.producer) {
      // The default (murmur2, as the Java client) partitioner, chosen explicitly: keys map to the
      // same partitions from any client.
      const producer = this.kafka.producer({
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: true,
        createPartitioner: Partitioners.DefaultPartitioner,
      });
      this.producer = producer.connect().then(
        () => producer,
        (error) => {
          this.producer = undefined;
          throw error;
        },
      );
    }
    return this.producer;
  }

  /** Forget a producer after a failed send, so the next attempt reconnects cleanly. */
  async resetProducer(): Promise<void> {
    const pending = this.producer;
    this.producer = undefined;
    await pending?.then((p) => p.disconnect()).catch(() => undefined);
  }

  getAdmin(): Promise<Admin> {
    if (!this.admin) {
      const admin = this.kafka.admin();
      this.admin = admin.connect().then(
        () => admin,
        (error) => {
          this.admin = undefined;
          throw error;
        },
      );
    }
    return this.admin;
  }

  /** Creates the topics and their dead-letter topics if missing (one partition-set per topic). */
  async ensureTopics(topics: TopicName[], partitions = 3): Promise<void> {
    const admin = await this.getAdmin();
    const wanted = topics.flatMap((t) => [this.physical(t), this.physical(dlqTopicOf(t))]);
    const existing = new Set(await admin.listTopics());
    const missing = wanted.filter((t) => !existing.has(t));
    if (missing.length === 0) return;
    try {
      await admin.createTopics({
        waitForLeaders: true,
        topics: missing.map((topic) => ({ topic, numPartitions: partitions, replicationFactor: 1 })),
      });
    } catch (error) {
      // Services starting together race to create the same topics; losing that race is fine.
      const now = new Set(await admin.listTopics());
      if (!missing.every((t) => now.has(t))) throw error;
    }
  }

  async close(): Promise<void> {
    const producer = this.producer;
    const admin = this.admin;
    this.producer = undefined;
    this.admin = undefined;
    await Promise.all([
      producer?.then((p) => p.disconnect()).catch(() => undefined),
      admin?.then((a) => a.disconnect()).catch(() => undefined),
    ]);
  }
}
