import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import type { Identity } from '@kvalitetsnav/auth';
import { isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { surveysViolation } from '@kvalitetsnav/codes';
import { OutboxService } from '@kvalitetsnav/messaging';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { PulsePeriod } from './pulse-period.entity';
import {
  DEFAULT_PULSE_QUESTIONS,
  endPulsePeriodRefusal,
  openPulsePeriodRefusals,
  pulseQuestionsRefusals,
} from './pulse-rules';
import { EndPulsePeriodInput, OpenPulsePeriodInput } from './pulse.inputs';

/** Periods are few (a crisis or two a decade), so each write checks against all of them under a lock. */
const LOCK_PERIODS = `SELECT pg_advisory_xact_lock(hashtext('pulse_period'))`;

@Injectable()
export class PulsePeriodsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  list(): Promise<PulsePeriod[]> {
    return this.dataSource.getRepository(PulsePeriod).find({ order: { fromWeek: 'DESC' } });
  }

  async open(input: OpenPulsePeriodInput, identity: Identity, today = stockholmToday()): Promise<PulsePeriod> {
    const name = input.name.trim();
    if (!name) throw surveysViolation('REQUIRED', 'name');
    const weeks = { fromWeek: input.fromWeek ?? isoWeekOf(today), toWeek: input.toWeek ?? null };
    const questions = (input.questions ?? DEFAULT_PULSE_QUESTIONS).map((q) => ({
      key: q.key.trim(),
      text: q.text.trim(),
      answerType: q.answerType,
    }));
    refuseAll(pulseQuestionsRefusals(questions));
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK_PERIODS);
      refuseAll(openPulsePeriodRefusals(weeks, await manager.find(PulsePeriod)));
      const period = manager.create(PulsePeriod, {
        id: randomUUID(),
        name,
        ...weeks,
        questions,
        openedBy: identity.name,
        openedAt: new Date(),
        endedBy: null,
        version: 1,
      });
      await manager.save(PulsePeriod, period);
      await this.publish(manager, period, 'PulsePeriodOpened');
      return period;
    });
  }

  async end(input: EndPulsePeriodInput, identity: Identity, today = stockholmToday()): Promise<PulsePeriod> {
    const lastWeek = input.lastWeek ?? isoWeekOf(today);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(LOCK_PERIODS);
      const period = await manager.findOneBy(PulsePeriod, { id: input.id });
      if (!period) throw surveysViolation('UNKNOWN', 'id', { entity: 'PULSE_PERIOD', ids: [input.id] });
      const others = (await manager.find(PulsePeriod)).filter((p) => p.id !== period.id);
      refuseAll([endPulsePeriodRefusal(period, lastWeek, today)]);
      refuseAll(openPulsePeriodRefusals({ fromWeek: period.fromWeek, toWeek: lastWeek }, others, 'lastWeek'));
      Object.assign(period, { toWeek: lastWeek, endedBy: identity.name, version: period.version + 1 });
      await manager.save(PulsePeriod, period);
      await this.publish(manager, period, 'PulsePeriodEnded');
      return period;
    });
  }

  private publish(manager: EntityManager, p: PulsePeriod, type: string) {
    return this.outbox.enqueue(manager, {
      topic: 'surveys.pulse-period.v1',
      key: p.id,
      type,
      payload: { id: p.id, name: p.name, fromWeek: p.fromWeek, toWeek: p.toWeek, version: p.version },
    });
  }
}
