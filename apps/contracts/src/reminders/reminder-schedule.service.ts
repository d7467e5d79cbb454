import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import PgBoss from 'pg-boss';
import { databaseUrlOn } from '@kvalitetsnav/persistence';
import { SERVICE_CONFIG } from '@kvalitetsnav/service-kit';
import type { ContractsConfig } from '../config';
import { RemindersService } from './reminders.service';

/** pg-boss's queue (and schedule) name for the reminder run. */
export const REMINDER_QUEUE = 'contracts-reminders';
/** Cron times are the municipality's: 07:00 is 07:00 in Stockholm, summer and winter. */
export const REMINDER_TIME_ZONE = 'Europe/Stockholm';

/**
 * Schedules the reminder run in the contracts database with pg-boss (its own schema, pgboss), so
 * the schedule survives restarts and fires once however many instances run; each instance works
 * the queue. Off with REMINDER_SCHEDULE=off (the default in tests); runReminders works either way.
 */
@Injectable()
export class ReminderScheduleService implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(ReminderScheduleService.name);
  private boss: PgBoss | null = null;

  constructor(
    @Inject(SERVICE_CONFIG) private readonly config: ContractsConfig,
    private readonly reminders: RemindersService,
  ) {}

  get running(): boolean {
    return this.boss !== null;
  }

  async onModuleInit(): Promise<void> {
    if (this.config.REMINDER_SCHEDULE === 'off') return;
    const boss = new PgBoss({
      connectionString: databaseUrlOn(this.config.DATABASE_URL, this.config.DB_NAME),
      schema: 'pgboss',
      max: 2,
      application_name: 'kvalitetsnav-contracts-reminders',
    });
    boss.on('error', (error) => this.logger.error({ msg: 'pg-boss error', error: String(error) }));
    await boss.start();
    try {
      await boss.createQueue(REMINDER_QUEUE, { name: REMINDER_QUEUE, retryLimit: 2, retryDelay: 300 });
      await boss.schedule(REMINDER_QUEUE, this.config.REMINDER_CRON, {}, { tz: REMINDER_TIME_ZONE });
      await boss.work(REMINDER_QUEUE, async () => {
        await this.reminders.run();
      });
    } catch (error) {
      await boss.stop({ graceful: false, wait: true }).catch(() => undefined);
      throw error;
    }
    this.boss = boss;
    this.logger.log({ msg: 'reminders scheduled', cron: this.config.REMINDER_CRON, tz: REMINDER_TIME_ZONE });
  }

  /** Puts a run on the queue now, for whichever instance takes it first. */
  async enqueue(): Promise<string | null> {
    if (!this.boss) return null;
    return this.boss.send(REMINDER_QUEUE, {});
  }

  async onModuleDestroy(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    // Graceful: a run under way finishes (its claimed rows would otherwise wait for the next run).
    await boss?.stop({ graceful: true, wait: true, timeout: 15_000 });
  }
}
