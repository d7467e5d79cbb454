import { Inject, Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { PostgresConnectionOptions } from 'typeorm/driver/postgres/PostgresConnectionOptions';
import { backoffDelay } from './backoff';
import { KafkaClient } from './kafka-client';
import { DEFAULT_RELAY_TUNING, MESSAGING_OPTIONS, MessagingOptions, RelayTuning } from './messaging-options';
import { OUTBOX_CHANNEL } from './outbox.service';
import { groupByTopic, PendingRow, withinBytes } from './relay-batch';

/** One relay per database at a time, so events of one key leave in the order they were written. */
const RELAY_LOCK_KEY = 0x6b766e01;

/**
 * Moves committed outbox rows to Kafka. Woken by NOTIFY from the writing transaction, with a
 * poll as a back-up for lost notifications, a dropped LISTEN connection or a second instance.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly tuning: RelayTuning;
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private failures = 0;
  private pausedUntil = 0;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly kafka: KafkaClient,
    @Inject(MESSAGING_OPTIONS) options: MessagingOptions,
  ) {
    this.tuning = { ...DEFAULT_RELAY_TUNING, ...options.relay };
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    void this.listen();
    this.timer = setInterval(() => this.wake(), this.tuning.pollIntervalMs);
    this.wake();
  }

  // Before TypeORM closes its pool in onApplicationShutdown.
  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
    this.listener = undefined;
  }

  /** Starts a drain unless one is running; a wake during a drain makes it go round again. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.wake();
      }
    });
  }

  /** Resolves when every row committed so far has been sent (tests and shutdown use it). */
  async flush(timeoutMs = 30_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const [{ count }] = await this.dataSource.query(
        `SELECT count(*)::int AS count FROM outbox WHERE sent_at IS NULL`,
      );
      if (count === 0) return;
      this.wake();
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('outbox not flushed in time');
  }

  private async drain(): Promise<void> {
    if (Date.now() < this.pausedUntil) return;
    try {
      let more: boolean;
      do {
        more = await this.sendBatch();
      } while (more && !this.stopped);
      this.failures = 0;
    } catch (error) {
      this.failures += 1;
      const delay = backoffDelay(this.failures, 250, this.tuning.maxBackoffMs);
      this.pausedUntil = Date.now() + delay;
      this.logger.warn(
        `outbox relay could not publish (attempt ${this.failures}, next in ${delay} ms): ${(error as Error).message}`,
      );
      await this.kafka.resetProducer();
    }
  }

  /** Sends the oldest unsent rows; true when more may be waiting. */
  private async sendBatch(): Promise<boolean> {
    let failure: Error | undefined;
    const more = await this.dataSource.transaction(async (manager) => {
      const [{ locked }] = await manager.query(`SELECT pg_try_advisory_xact_lock($1) AS locked`, [RELAY_LOCK_KEY]);
      if (!locked) return false;
      const fetched: PendingRow[] = await manager.query(
        `SELECT id, topic, message_key, envelope FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT $1`,
        [this.tuning.batchSize],
      );
      if (fetched.length === 0) return false;
      const rows = withinBytes(fetched, this.tuning.maxBatchBytes);
      const ids = rows.map((r) => r.id);
      try {
        // Bounded, so a broker that vanished mid-request cannot hold the lock and a connection for
        // long. Should a timed-out send still land, the rows go again: consumers dedupe by eventId.
        await withTimeout(
          this.kafka
            .getProducer()
            .then((producer) =>
              producer.sendBatch({ acks: -1, topicMessages: groupByTopic(rows, (t) => this.kafka.physical(t)) }),
            ),
          this.tuning.sendTimeoutMs,
        );
      } catch (error) {
        failure = error as Error;
        // Keep the attempt on record; the rows stay unsent and go out, in order, on a later try.
        await manager.query(`UPDATE outbox SET attempts = attempts + 1, last_error = $2 WHERE id = ANY($1::bigint[])`, [
          ids,
          String(failure.message).slice(0, 1000),
        ]);
        return false;
      }
      await manager.query(`UPDATE outbox SET sent_at = now() WHERE id = ANY($1::bigint[])`, [ids]);
      return fetched.length === this.tuning.batchSize || rows.length < fetched.length;
    });
    if (failure) throw failure;
    return more;
  }

  private async listen(): Promise<void> {
    if (this.stopped) return;
    const options = this.dataSource.options as PostgresConnectionOptions;
    const client = new Client({ connectionString: options.url });
    client.on('notification', () => this.wake());
    client.on('error', (error) => {
      this.logger.warn(`outbox LISTEN connection lost, polling until it is back: ${error.message}`);
      this.listener = undefined;
      client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), 2_000).unref();
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      if (this.stopped) await client.end();
      else this.listener = client;
    } catch {
      await client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), 2_000).unref();
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Kafka within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
