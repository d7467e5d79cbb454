import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { surveysViolation } from '@kvalitetsnav/codes';
import { refuseAll, SERVICE_CONFIG } from '@kvalitetsnav/service-kit';
import { redactPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { ProviderRef, UnitRef } from '@kvalitetsnav/unit-catalogue';
import { SurveysConfig } from '../config';
import { PulseAnswer } from './pulse-answer.entity';
import { PulseFollowUp } from './pulse-follow-up.entity';
import { pulseFollowUpRefusals, pulseFollowUpUnitRefusal } from './pulse-follow-up-rules';
import { PulsePeriod } from './pulse-period.entity';
import { pulsePeriodOf, pulseQuestionsOf, pulseSignalsPerUnit } from './pulse-rules';
import { RecordPulseFollowUpInput } from './pulse.inputs';

/** Officials' follow-ups of pulse signals: who contacted the provider (about which unit), when, and what came of it. */
@Injectable()
export class PulseFollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: SurveysConfig,
  ) {}

  async record(input: RecordPulseFollowUpInput, identity: Identity, today = stockholmToday()): Promise<PulseFollowUp> {
    return this.dataSource.transaction(async (manager) => {
      const provider = await manager.findOneBy(ProviderRef, { id: input.providerId });
      if (!provider) throw surveysViolation('UNKNOWN', 'providerId', { entity: 'PROVIDER', ids: [input.providerId] });
      const unitId = input.unitId ?? null;
      const unit = unitId ? await manager.findOneBy(UnitRef, { id: unitId }) : null;
      refuseAll([pulseFollowUpUnitRefusal(unitId, unit, provider)]);
      const answers = await manager.findBy(PulseAnswer, { providerId: input.providerId, week: input.week });
      const questions = pulseQuestionsOf(pulsePeriodOf(await manager.find(PulsePeriod), input.week));
      const signals = pulseSignalsPerUnit(questions, answers, this.config.PULSE_SIGNAL_THRESHOLD)
        .filter((s) => !unitId || s.answer.unitId === unitId)
        .reduce((n, s) => n + s.signals.length, 0);
      refuseAll(pulseFollowUpRefusals(input, signals, today));
      const followUp = manager.create(PulseFollowUp, {
        id: randomUUID(),
        providerId: input.providerId,
        unitId,
        week: input.week,
        contactedBy: input.contactedBy.trim(),
        contactedOn: input.contactedOn,
        outcome: input.outcome,
        outcomeText: redactPersonalIdentityNumbers(input.outcomeText.trim()).text,
        recordedBy: identity.name,
        recordedAt: new Date(),
      });
      await manager.save(PulseFollowUp, followUp);
      return followUp;
    });
  }
}
