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
import { ProviderRef, UnitRef } from '@kvalitetsnav/unit-catalogue';
import { SurveysConfig } from '../config';
import { PulseAnswer } from './pulse-answer.entity';
import { PulseFollowUp } from './pulse-follow-up.entity';
import { PulsePeriod } from './pulse-period.entity';
import {
  answeringProviderRefusal,
  answeringUnitRefusal,
  providerWeekValues,
  pulseAnswerRefusals,
  pulseProvidersMissing,
  pulseUnitsExpected,
  pulsePeriodOf,
  pulseQuestionsOf,
  pulseQuestionWeek,
  pulseSignals,
  pulseWeekRefusal,
  pulseWeeksSoFar,
} from './pulse-rules';
import { SubmitPulseAnswerInput } from './pulse.inputs';
import { PulseOverview, PulseTrend, PulseUnit, PulseUnitAnswers } from './pulse.models';

/** A follow-up without a unit is of the provider as a whole, so it goes with each of its units' signals. */
const followUpOf = (f: PulseFollowUp, a: { providerId: string; unitId: string | null }) =>
  f.providerId === a.providerId && (f.unitId === null || f.unitId === a.unitId);

/** Units by provider name, then unit name. */
const byProviderAndName = (a: PulseUnit, b: PulseUnit) =>
  a.providerName.localeCompare(b.providerName, 'sv') || a.name.localeCompare(b.name, 'sv');

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
    return this.dataSource.transaction(async (manager) => {
      const questions = pulseQuestionsOf(pulsePeriodOf(await manager.find(PulsePeriod), week));
      const values = input.answers.map((a) => ({ key: a.key, value: a.value }));
      refuseAll(pulseAnswerRefusals(questions, values));
      const unit = input.unitId ? await manager.findOneBy(UnitRef, { id: input.unitId }) : null;
      const named = input.providerId ? await manager.findOneBy(ProviderRef, { id: input.providerId }) : null;
      refuseAll([answeringUnitRefusal(identity, input, unit, { unitName: unit?.name, providerName: named?.name })]);
      const unitId = unit!.id;
      const providerId = unit!.providerId;
      if (!(await manager.existsBy(ProviderRef, { id: providerId })))
        throw surveysViolation('UNKNOWN', 'providerId', { entity: 'PROVIDER', ids: [providerId] });
      const existing = await manager.findOne(PulseAnswer, {
        where: { unitId, week },
        lock: { mode: 'pessimistic_write' },
      });
      const answer = manager.create(PulseAnswer, {
        id: existing?.id ?? randomUUID(),
        providerId,
        unitId,
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
        payload: { providerId, unitId, week, version: answer.version },
      });
      return answer;
    });
  }

  /** The catalogue's providers and units as the pulse names them, confined to a provider's own. */
  private async catalogue(own: string | undefined) {
    const providers = await this.dataSource
      .getRepository(ProviderRef)
      .find({ where: own ? { id: own } : {}, order: { name: 'ASC' } });
    const refs = await this.dataSource.getRepository(UnitRef).find({ where: own ? { providerId: own } : {} });
    const providerName = (id: string) => providers.find((p) => p.id === id)?.name ?? id;
    const units: PulseUnit[] = refs
      .map((u) => ({
        id: u.id,
        name: u.name,
        serviceArea: u.serviceArea,
        providerId: u.providerId,
        providerName: providerName(u.providerId),
      }))
      .sort(byProviderAndName);
    return { providers, units, providerName, unitOf: (id: string | null) => units.find((u) => u.id === id) ?? null };
  }

  async overview(week: string, identity: Identity): Promise<PulseOverview> {
    const own = ownProviderId(identity);
    const { providers, units, providerName, unitOf } = await this.catalogue(own);
    const answers = await this.dataSource
      .getRepository(PulseAnswer)
      .find({ where: own ? { week, providerId: own } : { week } });
    const threshold = this.config.PULSE_SIGNAL_THRESHOLD;
    const period = pulsePeriodOf(await this.dataSource.getRepository(PulsePeriod).find(), week);
    const questions = [...pulseQuestionsOf(period)];
    // Officials' notes on a provider are theirs: a provider sees none.
    const followUps = own
      ? []
      : await this.dataSource.getRepository(PulseFollowUp).find({ where: { week }, order: { recordedAt: 'DESC' } });
    const expected = pulseUnitsExpected(units, new Set(providers.map((p) => p.id)), answers);
    const signalsOf = (a: PulseAnswer) =>
      pulseSignals(questions, a.values, threshold).map((s) => ({
        providerId: a.providerId,
        providerName: providerName(a.providerId),
        unitId: a.unitId,
        unitName: unitOf(a.unitId)?.name ?? null,
        ...s,
      }));
    const unitAnswers = answers
      .map((answer) => ({
        unit: unitOf(answer.unitId),
        providerId: answer.providerId,
        providerName: providerName(answer.providerId),
        answer,
        signals: signalsOf(answer),
        followUps: followUps.filter((f) => followUpOf(f, answer)),
      }))
      .sort(
        (a, b) =>
          a.providerName.localeCompare(b.providerName, 'sv') ||
          (a.unit?.name ?? '').localeCompare(b.unit?.name ?? '', 'sv'),
      );
    return {
      week,
      period,
      questions,
      threshold,
      answers: unitAnswers.map((u) => u.answer),
      unitAnswers,
      answeredUnits: expected.answered,
      missingUnits: expected.missing,
      answered: providers
        .filter((p) => answers.some((a) => a.providerId === p.id))
        .map((p) => ({ id: p.id, name: p.name })),
      missing: pulseProvidersMissing(providers, units, answers).map((p) => ({ id: p.id, name: p.name })),
      signals: unitAnswers.flatMap((u) => u.signals),
      followUps,
    };
  }

  /**
   * A period's weeks so far: each provider's and each unit's answers and follow-ups, and each
   * question's figures week by week, of every answer or only a unit's or a provider's.
   */
  async trend(
    periodId: string,
    filter: { unitId?: string | null; providerId?: string | null } = {},
    today = stockholmToday(),
  ): Promise<PulseTrend> {
    const period = await this.dataSource.getRepository(PulsePeriod).findOneBy({ id: periodId });
    if (!period) throw surveysViolation('UNKNOWN', 'periodId', { entity: 'PULSE_PERIOD', ids: [periodId] });
    const catalogue = await this.catalogue(undefined);
    const { providerName } = catalogue;
    if (filter.unitId && !catalogue.unitOf(filter.unitId))
      throw surveysViolation('UNKNOWN', 'unitId', { entity: 'UNIT', ids: [filter.unitId] });
    if (filter.providerId && !catalogue.providers.some((p) => p.id === filter.providerId))
      throw surveysViolation('UNKNOWN', 'providerId', { entity: 'PROVIDER', ids: [filter.providerId] });
    const inFilter = (a: { providerId: string; unitId: string | null }) =>
      (!filter.unitId || a.unitId === filter.unitId) && (!filter.providerId || a.providerId === filter.providerId);
    const units = catalogue.units.filter((u) => inFilter({ providerId: u.providerId, unitId: u.id }));
    const providers = catalogue.providers.filter(
      (p) =>
        (!filter.providerId || p.id === filter.providerId) &&
        (!filter.unitId || units.some((u) => u.providerId === p.id)),
    );
    const weeks = pulseWeeksSoFar(period, isoWeekOf(today));
    const threshold = this.config.PULSE_SIGNAL_THRESHOLD;
    const answers = (
      weeks.length ? await this.dataSource.getRepository(PulseAnswer).findBy({ week: In(weeks) }) : []
    ).filter(inFilter);
    const followUps = weeks.length
      ? await this.dataSource
          .getRepository(PulseFollowUp)
          .find({ where: { week: In(weeks) }, order: { recordedAt: 'DESC' } })
      : [];
    const signalKeys = (values: readonly { key: string; value: number }[]) =>
      pulseSignals(period.questions, values, threshold).map((s) => s.questionKey);
    /** A row of one unit's answers (or a provider's from before answers were per unit). */
    const row = (providerId: string, unitId: string | null, unitName: string | null): PulseUnitAnswers => ({
      providerId,
      providerName: providerName(providerId),
      unitId,
      unitName,
      weeks: weeks.map((week) => {
        const answer = answers.find((a) => a.providerId === providerId && a.unitId === unitId && a.week === week);
        return {
          week,
          answered: Boolean(answer),
          values: answer?.values ?? [],
          signalKeys: answer ? signalKeys(answer.values) : [],
          followUps: followUps.filter((f) => f.week === week && followUpOf(f, { providerId, unitId })),
        };
      }),
    });
    const providerLevel = providers.filter((p) => answers.some((a) => a.providerId === p.id && a.unitId === null));
    return {
      period,
      threshold,
      weeks,
      units: providers.map((p) => ({
        providerId: p.id,
        providerName: p.name,
        unitId: null,
        unitName: null,
        weeks: weeks.map((week) => {
          const given = answers.filter((a) => a.providerId === p.id && a.week === week);
          const values = providerWeekValues(given.map((a) => a.values));
          return {
            week,
            answered: given.length > 0,
            values,
            signalKeys: given.length ? signalKeys(values) : [],
            followUps: followUps.filter((f) => f.providerId === p.id && f.week === week),
          };
        }),
      })),
      perUnit: [
        ...units.map((u) => row(u.providerId, u.id, u.name)),
        ...providerLevel.map((p) => row(p.id, null, null)),
      ].sort(
        (a, b) =>
          a.providerName.localeCompare(b.providerName, 'sv') ||
          (a.unitName ?? '').localeCompare(b.unitName ?? '', 'sv'),
      ),
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
