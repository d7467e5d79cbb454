import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Sent outbox rows are kept a week for tracing; inbox ids a month, well past Kafka's retention. */
export const OUTBOX_KEEP_DAYS = 7;
export const INBOX_KEEP_DAYS = 30;
const EVERY_MS = 60 * 60 * 1000;

/** Keeps the outbox and inbox tables from growing without bound. */
@Injectable()
export class MessagingRetention implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MessagingRetention.name);
  private timer?: NodeJS.Timeout;

  constructor(private readonly dataSource: DataSource) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.purge(), EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async purge(): Promise<{ outbox: number; inbox: number }> {
    try {
      const [, outbox] = await this.dataSource.query(
        `DELETE FROM outbox WHERE sent_at < now() - make_interval(days => $1)`,
        [OUTBOX_KEEP_DAYS],
      );
      const [, inbox] = await this.dataSource.query(
        `DELETE FROM inbox WHERE handled_at < now() - make_interval(days => $1)`,
        [INBOX_KEEP_DAYS],
      );
      return { outbox, inbox };
    } catch (error) {
      this.logger.warn(`messaging retention skipped: ${(error as Error).message}`);
      return { outbox: 0, inbox: 0 };
    }
  }
}
