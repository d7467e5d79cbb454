import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { databaseUrlOn } from '@kvalitetsnav/persistence';
import { SERVICE_CONFIG } from '@kvalitetsnav/service-kit';
import type { DeviationsConfig } from '../config';
import { RetentionService } from './retention.service';

/** pg-boss's queue (and schedule) name for the retention run. */
export const RETENTION_QUEUE = 'deviations-retention';
/** Cron times are the municipality's: 02:30 is 02:30 in Stockholm, summer and winter. */
export const RETENTION_TIME_ZONE = 'Europe/Stockholm';

/**
 * Schedules the retention run in the deviations database with pg-boss (its own schema, pgboss),
 * so the schedule survives restarts and fires once however many instances run; each instance
 * works the queue. Off with RETENTION_SCHEDULE=off (the default in tests); runRetention works
 * either way.
 */
@Injectable()
export class RetentionScheduleService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(RetentionScheduleService.name);
  private boss: PgBoss | null = null;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: DeviationsConfig,
    private readonly retention: RetentionService,
  ) {}

  get running(): boolean {
    return this.boss !== null;
  }

  async onModuleInit(): Promise<void> {
    if (this.config.RETENTION_SCHEDULE === 'off') return;
    const boss = new PgBoss({
      connectionString: databaseUrlOn(this.config.DATABASE_URL, this.config.DB_NAME),
      schema: 'pgboss',
      max: 2,
      application_name: 'kvalitetsnav-deviations-retention',
    });
    boss.on('error', (error) => this.logger.error({ msg: 'pg-boss error', error: String(error) }));
    await boss.start();
    try {
      await boss.createQueue(RETENTION_QUEUE, { name: RETENTION_QUEUE, retryLimit: 2, retryDelay: 300 });
      await boss.schedule(RETENTION_QUEUE, this.config.RETENTION_CRON, {}, { tz: RETENTION_TIME_ZONE });
      await boss.work(RETENTION_QUEUE, async () => {
        await this.retention.run('schedule');
      });
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw error;
    }
    this.boss = boss;
    this.logger.log({ msg: 'retention scheduled', cron: this.config.RETENTION_CRON, tz: RETENTION_TIME_ZONE });
  }

  /** Puts a run on the queue now, for whichever instance takes it first. */
  async enqueue(): Promise<string | null> {
    if (!this.boss) return null;
    return this.boss.send(RETENTION_QUEUE, {});
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Graceful: a run under way finishes (it is one transaction, so it would otherwise roll back).
    await boss?.stop({ graceful: true, wait: true, timeout: 15_000 });
  }
}
