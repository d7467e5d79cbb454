import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { surveysViolation } from '@kvalitetsnav/codes';
import { OutboxService } from '@kvalitetsnav/messaging';
import { refuseAll, SERVICE_CONFIG } from '@kvalitetsnav/service-kit';
import { redactPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { ProviderRef } from '@kvalitetsnav/unit-catalogue';
import { SurveysConfig } from '../config';
import { PulseAnswer } from './pulse-answer.entity';
import { PulsePeriod } from './pulse-period.entity';
import { answeringProviderRefusal, pulsePeriodOf, pulseSignals, pulseWeekRefusal } from './pulse-rules';
import { SubmitPulseAnswerInput } from './pulse.inputs';
import { PulseOverview } from './pulse.models';

@Injectable()
export class PulseService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
    private readonly outbox: OutboxService,
  ) {}

  async submit(input: SubmitPulseAnswerInput, identity: Identity, today = stockholmToday()): Promise<PulseAnswer> {
    const week = input.week ?? isoWeekOf(today);
    refuseAll([answeringProviderRefusal(identity, input.providerId), pulseWeekRefusal(week, today)]);
    const providerId = (ownProviderId(identity) ?? input.providerId) as string;
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(ProviderRef, { id: providerId })))
        throw surveysViolation('UNKNOWN', 'providerId', { entity: 'PROVIDER', ids: [providerId] });
      const existing = await manager.findOne(PulseAnswer, {
        where: { providerId, week },
        lock: { mode: 'pessimistic_write' },
      });
      const answer = manager.create(PulseAnswer, {
        id: existing?.id ?? randomUUID(),
        providerId,
        week,
        impact: input.impact,
        staffing: input.staffing,
        protectiveEquipment: input.protectiveEquipment,
        worry: input.worry,
        comment: input.comment ? redactPersonalIdentityNumbers(input.comment.trim()).text : null,
        version: (existing?.version ?? 0) + 1,
        submittedAt: new Date(),
      });
      await manager.save(PulseAnswer, answer);
      await this.outbox.enqueue(manager, {
        topic: 'surveys.pulse-answer.v1',
        key: providerId,
        type: 'PulseAnswered',
        payload: { providerId, week, version: answer.version },
      });
      return answer;
    });
  }

  async overview(week: string, identity: Identity): Promise<PulseOverview> {
    const own = ownProviderId(identity);
    const providers = await this.dataSource
      .getRepository(ProviderRef)
      .find({ where: own ? { id: own } : {}, order: { name: 'ASC' } });
    const answers = await this.dataSource
      .getRepository(PulseAnswer)
      .find({ where: own ? { week, providerId: own } : { week } });
    const name = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
    const threshold = this.config.PULSE_SIGNAL_THRESHOLD;
    const periods = await this.dataSource.getRepository(PulsePeriod).find();
    return {
      week,
      period: pulsePeriodOf(periods, week),
      threshold,
      answers,
      answered: providers
        .filter((p) => answers.some((a) => a.providerId === p.id))
        .map((p) => ({ id: p.id, name: p.name })),
      missing: providers
        .filter((p) => !answers.some((a) => a.providerId === p.id))
        .map((p) => ({ id: p.id, name: p.name })),
      signals: answers.flatMap((a) =>
        pulseSignals(a, threshold).map((s) => ({ providerId: a.providerId, providerName: name(a.providerId), ...s })),
      ),
    };
  }
}
