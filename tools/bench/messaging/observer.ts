import { randomUUID } from 'node:crypto';
import { Consumer, Kafka } from 'kafkajs';

/**
 * A plain kafkajs consumer that notes when each message arrives, by key. It is the judge for
 * both our path and the raw one: a message counts as "on Kafka" when a consumer can read it.
 */
export class Observer {
  readonly received = new Map<string, number>();
  private consumer?: Consumer;
  private waiters: { prefix: string; count: number; resolve: (at: number) => void }[] = [];
  private counts = new Map<string, number>();

  constructor(private readonly kafka: Kafka) {}

  async start(topics: string[]): Promise<void> {
    const consumer = this.kafka.consumer({ groupId: `bench-observer-${randomUUID()}`, maxWaitTimeInMs: 500 });
    this.consumer = consumer;
    const joined = new Promise<void>((resolve) => consumer.on(consumer.events.GROUP_JOIN, () => resolve()));
    await consumer.connect();
    await consumer.subscribe({ topics, fromBeginning: true });
    await consumer.run({
      // One clock reading per fetched batch: the moment the batch reached this process.
      eachBatch: async ({ batch }) => {
        const at = performance.now();
        for (const message of batch.messages) this.note(message.key?.toString() ?? '', at);
      },
    });
    await joined;
  }

  /** Resolves with the arrival time of the `count`-th message whose key starts with `prefix`. */
  waitForCount(prefix: string, count: number, timeoutMs = 120_000): Promise<number> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`observer saw ${this.counts.get(prefix) ?? 0}/${count} "${prefix}" messages in time`)),
        timeoutMs,
      );
      const done = (at: number) => {
        clearTimeout(timer);
        resolve(at);
      };
      if ((this.counts.get(prefix) ?? 0) >= count) return done(performance.now());
      this.waiters.push({ prefix, count, resolve: done });
    });
  }

  async stop(): Promise<void> {
    await this.consumer?.disconnect().catch(() => undefined);
  }

  private note(key: string, at: number): void {
    // A redelivery is not a second message.
    if (this.received.has(key)) return;
    this.received.set(key, at);
    const prefix = key.slice(0, key.indexOf(':') + 1);
    const n = (this.counts.get(prefix) ?? 0) + 1;
    this.counts.set(prefix, n);
    this.waiters = this.waiters.filter((w) => {
      if (w.prefix !== prefix || n < w.count) return true;
      w.resolve(at);
      return false;
    });
  }
}
