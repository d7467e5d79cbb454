import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { surveysViolation } from '@kvalitetsnav/codes';
import { OutboxService } from '@kvalitetsnav/messaging';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { DEFAULT_MIN_CELL } from '@kvalitetsnav/survey-stats';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { SurveyDefinition } from '../definitions/definition.entity';
import { SurveyResponse } from '../responses/response.entity';
import { computeResults } from '../results/result-rules';
import { SurveyRound } from './round.entity';
import { closeRefusal, roundResultEvent, roundUnitProblems, unknownUnits } from './round-rules';
import { RoundUnit } from './round-unit.entity';
import { CreateSurveyRoundInput } from './rounds.inputs';

@Injectable()
export class RoundsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  list(definitionId?: string): Promise<SurveyRound[]> {
    return this.dataSource
      .getRepository(SurveyRound)
      .find({ where: definitionId ? { definitionId } : {}, order: { createdAt: 'DESC' } });
  }

  find(id: string): Promise<SurveyRound | null> {
    return this.dataSource.getRepository(SurveyRound).findOneBy({ id });
  }

  unitsOf(roundId: string): Promise<RoundUnit[]> {
    return this.dataSource.getRepository(RoundUnit).find({ where: { roundId }, order: { name: 'ASC' } });
  }

  async create(input: CreateSurveyRoundInput, by: Identity): Promise<SurveyRound> {
    refuseAll(roundUnitProblems(input.units));
    const ids = input.units.map((u) => u.unitId);
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(SurveyDefinition, { id: input.definitionId })))
        throw surveysViolation('UNKNOWN', 'definitionId', { entity: 'SURVEY_DEFINITION', ids: [input.definitionId] });
      const known = await manager.findBy(UnitRef, { id: In(ids) });
      refuseAll([unknownUnits(ids, known)]);
      const round = manager.create(SurveyRound, {
        id: randomUUID(),
        definitionId: input.definitionId,
        name: input.name.trim(),
        period: input.period.trim(),
        status: 'OPEN',
        closedOn: null,
        minCell: input.minCell ?? DEFAULT_MIN_CELL,
        createdBy: by.sub,
      });
      await manager.insert(SurveyRound, round);
      await manager.insert(
        RoundUnit,
        input.units.map((u) => {
          const ref = known.find((k) => k.id === u.unitId) as UnitRef;
          return {
            roundId: round.id,
            unitId: ref.id,
            providerId: ref.providerId,
            serviceArea: ref.serviceArea,
            name: ref.name,
            offered: u.offered,
            placed: u.placed ?? null,
            optedOut: u.optedOut,
            optOutReason: u.optedOut ? (u.optOutReason?.trim() ?? null) : null,
          };
        }),
      );
      return round;
    });
  }

  /** Closing stops answers and publishes each unit's result for other services' risk signals. */
  async close(id: string, today = stockholmToday()): Promise<SurveyRound> {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(SurveyRound, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!round) throw surveysViolation('UNKNOWN', 'roundId', { entity: 'SURVEY_ROUND', ids: [id] });
      refuseAll([closeRefusal(round)]);
      round.status = 'CLOSED';
      round.closedOn = today;
      await manager.update(SurveyRound, { id }, { status: 'CLOSED', closedOn: today });
      const definition = await manager.findOneByOrFail(SurveyDefinition, { id: round.definitionId });
      const units = await manager.findBy(RoundUnit, { roundId: id });
      const sheets = await manager.findBy(SurveyResponse, { roundId: id });
      const results = computeResults(definition.questions, units, sheets, 'UNIT', round.minCell);
      const payload = roundResultEvent(round, units, results, today);
      await this.outbox.enqueue(manager, {
        topic: 'surveys.result.v1',
        key: round.id,
        type: 'SurveyRoundClosed',
        payload,
      });
      return round;
    });
  }
}
