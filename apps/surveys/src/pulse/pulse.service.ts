import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { isoWeekOf, stockholmToday } from '@kvalitetsnav/calendar';
import { surveysViolation } from '@kvalitetsnav/codes';
import { OutboxService } from '@kvalitetsnav/messaging';
import { refuseAll, SERVICE_CONFIG } from '@kvalitetsnav/service-kit';
import { redactPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { ProviderRef } from '@kvalitetsnav/unit-catalogue';
import { SurveysConfig } from '../config';
import { PulseAnswer } from './pulse-answer.entity';
import { PulseFollowUp } from './pulse-follow-up.entity';
import { PulsePeriod } from './pulse-period.entity';
import {
  answeringProviderRefusal,
  pulseAnswerRefusals,
  pulsePeriodOf,
  pulseQuestionsOf,
  pulseQuestionWeek,
  pulseSignals,
  pulseWeekRefusal,
  pulseWeeksSoFar,
} from './pulse-rules';
import { SubmitPulseAnswerInput } from './pulse.inputs';
import { PulseOverview, PulseTrend } from './pulse.models';

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
      const questions = pulseQuestionsOf(pulsePeriodOf(await manager.find(PulsePeriod), week));
      const values = input.answers.map((a) => ({ key: a.key, value: a.value }));
      refuseAll(pulseAnswerRefusals(questions, values));
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
        // In the order of the questions, whatever order they came in.
        values: questions.map((q) => values.find((v) => v.key === q.key)!),
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
    const period = pulsePeriodOf(await this.dataSource.getRepository(PulsePeriod).find(), week);
    const questions = [...pulseQuestionsOf(period)];
    // Officials' notes on a provider are theirs: a provider sees none.
    const followUps = own
      ? []
      : await this.dataSource.getRepository(PulseFollowUp).find({ where: { week }, order: { recordedAt: 'DESC' } });
    return {
      week,
      period,
      questions,
      threshold,
      answers,
      answered: providers
        .filter((p) => answers.some((a) => a.providerId === p.id))
        .map((p) => ({ id: p.id, name: p.name })),
      missing: providers
        .filter((p) => !answers.some((a) => a.providerId === p.id))
        .map((p) => ({ id: p.id, name: p.name })),
      signals: answers.flatMap((a) =>
        pulseSignals(questions, a.values, threshold).map((s) => ({
          providerId: a.providerId,
          providerName: name(a.providerId),
          ...s,
        })),
      ),
      followUps,
    };
  }

  /** A period's weeks so far: each provider's answers and follow-ups, and each question's figures week by week. */
  async trend(periodId: string, today = stockholmToday()): Promise<PulseTrend> {
    const period = await this.dataSource.getRepository(PulsePeriod).findOneBy({ id: periodId });
    if (!period) throw surveysViolation('UNKNOWN', 'periodId', { entity: 'PULSE_PERIOD', ids: [periodId] });
    const weeks = pulseWeeksSoFar(period, isoWeekOf(today));
    const threshold = this.config.PULSE_SIGNAL_THRESHOLD;
    const providers = await this.dataSource.getRepository(ProviderRef).find({ order: { name: 'ASC' } });
    const answers = weeks.length ? await this.dataSource.getRepository(PulseAnswer).findBy({ week: In(weeks) }) : [];
    const followUps = weeks.length
      ? await this.dataSource
          .getRepository(PulseFollowUp)
          .find({ where: { week: In(weeks) }, order: { recordedAt: 'DESC' } })
      : [];
    return {
      period,
      threshold,
      weeks,
      units: providers.map((p) => ({
        providerId: p.id,
        providerName: p.name,
        weeks: weeks.map((week) => {
          const answer = answers.find((a) => a.providerId === p.id && a.week === week);
          return {
            week,
            answered: Boolean(answer),
            values: answer?.values ?? [],
            signalKeys: answer
              ? pulseSignals(period.questions, answer.values, threshold).map((s) => s.questionKey)
              : [],
            followUps: followUps.filter((f) => f.providerId === p.id && f.week === week),
          };
        }),
      })),
      questions: period.questions.map((q) => ({
        ...q,
        weeks: weeks.map((week) =>
          pulseQuestionWeek(
            q,
            week,
            answers.filter((a) => a.week === week).map((a) => a.values),
            threshold,
          ),
        ),
      })),
    };
  }
}
