import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { SurveyResultEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { stockholmToday } from '@kvalitetsnav/service-kit';
import { DEFAULT_MIN_CELL } from '@kvalitetsnav/survey-stats';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { SurveyDefinition } from '../definitions/definition.entity';
import { conflict, invalid, notFound } from '../errors/surveys-error';
import { SurveyResponse } from '../responses/response.entity';
import { computeResults, pooledShare } from '../results/result-rules';
import { SurveyRound } from './round.entity';
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
    const ids = input.units.map((u) => u.unitId);
    if (new Set(ids).size !== ids.length) throw invalid('units', 'units names a unit more than once');
    const missingReason = input.units.findIndex((u) => u.optedOut && !u.optOutReason?.trim());
    if (missingReason >= 0) throw invalid(`units.${missingReason}.optOutReason`, 'a unit that opts out needs a reason');
    return this.dataSource.transaction(async (manager) => {
      if (!(await manager.existsBy(SurveyDefinition, { id: input.definitionId })))
        throw notFound('definitionId', `definitionId ${input.definitionId} is not a known survey definition`);
      const known = await manager.findBy(UnitRef, { id: In(ids) });
      const unknown = ids.filter((id) => !known.some((u) => u.id === id));
      if (unknown.length)
        throw notFound('units', `units ${unknown.join(', ')} are not known units (units are registered in contracts)`);
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
          const ref = known.find((k) => k.id === u.unitId)!;
          return {
            roundId: round.id,
            unitId: ref.id,
            providerId: ref.providerId,
            serviceArea: ref.serviceArea,
            name: ref.name,
            offered: u.offered,
            optedOut: u.optedOut,
            optOutReason: u.optedOut ? u.optOutReason!.trim() : null,
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
      if (!round) throw notFound('roundId', `roundId ${id} is not a known round`);
      if (round.status === 'CLOSED') throw conflict('roundId', `the round was already closed on ${round.closedOn}`);
      round.status = 'CLOSED';
      round.closedOn = today;
      await manager.update(SurveyRound, { id }, { status: 'CLOSED', closedOn: today });
      const definition = await manager.findOneByOrFail(SurveyDefinition, { id: round.definitionId });
      const units = await manager.findBy(RoundUnit, { roundId: id });
      const sheets = await manager.findBy(SurveyResponse, { roundId: id });
      const results = computeResults(definition.questions, units, sheets, 'UNIT', round.minCell);
      const payload: SurveyResultEventV1 = {
        roundId: round.id,
        name: round.name,
        period: round.period,
        closedOn: today,
        units: units
          .filter((u) => !u.optedOut)
          .map((u) => {
            const result = results.find((r) => r.key === u.unitId)!;
            return {
              unitId: u.unitId,
              providerId: u.providerId,
              offered: u.offered,
              answered: result.answers,
              sharePositive: pooledShare(result),
            };
          }),
      };
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
