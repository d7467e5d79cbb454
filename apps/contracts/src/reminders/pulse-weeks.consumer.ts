import { Injectable, OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@kvalitetsnav/messaging';

/** Keeps which weeks are pulse weeks, and who has answered them, for the pulse reminders. */
@Injectable()
export class PulseWeeksConsumer implements OnModuleInit {
  constructor(private readonly consumer: EventConsumer) {}

  onModuleInit(): void {
    this.consumer.on('surveys.pulse-period.v1', async ({ payload: p }, manager) => {
      await manager.query(
        `INSERT INTO pulse_period_ref (id, name, from_week, to_week, version) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, from_week = EXCLUDED.from_week,
           to_week = EXCLUDED.to_week, version = EXCLUDED.version
         WHERE pulse_period_ref.version < EXCLUDED.version`,
        [p.id, p.name, p.fromWeek, p.toWeek, p.version],
      );
    });
    this.consumer.on('surveys.pulse-answer.v1', async ({ payload: a }, manager) => {
      await manager.query(`INSERT INTO pulse_answered (provider_id, week) VALUES ($1, $2) ON CONFLICT DO NOTHING`, [
        a.providerId,
        a.week,
      ]);
    });
  }
}
