import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { deviationsViolation } from '@kvalitetsnav/codes';
import { ServiceArea } from '@kvalitetsnav/events';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { DecisionNotExecuted } from './decision-not-executed.entity';
import { decisionDateViolation, DecisionFacts, executionViolation, quarterReports } from './decision-rules';
import { MarkDecisionExecutedInput, RegisterDecisionNotExecutedInput } from './decisions.inputs';
import { QuarterReport } from './decisions.models';

@Injectable()
export class DecisionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async register(
    input: RegisterDecisionNotExecutedInput,
    by: Identity,
    today = stockholmToday(),
  ): Promise<DecisionNotExecuted> {
    refuseAll([decisionDateViolation(input.decidedOn, today)]);
    const decision = this.dataSource.getRepository(DecisionNotExecuted).create({
      ...input,
      id: randomUUID(),
      intervention: input.intervention.trim(),
      reason: input.reason.trim(),
      unitId: input.unitId ?? null,
      executedOn: null,
      registeredBy: by.sub,
    });
    await this.dataSource.getRepository(DecisionNotExecuted).insert(decision);
    return decision;
  }

  async markExecuted(input: MarkDecisionExecutedInput, today = stockholmToday()): Promise<DecisionNotExecuted> {
    return this.dataSource.transaction(async (manager) => {
      const decision = await manager.findOne(DecisionNotExecuted, {
        where: { id: input.decisionId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!decision)
        throw deviationsViolation('UNKNOWN', 'decisionId', {
          entity: 'DECISION_NOT_EXECUTED',
          ids: [input.decisionId],
        });
      refuseAll([executionViolation(decision, input.executedOn, today)]);
      decision.executedOn = input.executedOn;
      await manager.update(DecisionNotExecuted, { id: decision.id }, { executedOn: input.executedOn });
      return decision;
    });
  }

  list(openOnly: boolean): Promise<DecisionNotExecuted[]> {
    return this.dataSource
      .getRepository(DecisionNotExecuted)
      .find({ where: openOnly ? { executedOn: IsNull() } : {}, order: { decidedOn: 'ASC' }, take: 2000 });
  }

  async quarters(year: number): Promise<QuarterReport[]> {
    const decisions: (DecisionFacts & { serviceArea: ServiceArea })[] = await this.dataSource.query(
      `SELECT to_char(decided_on, 'YYYY-MM-DD') AS "decidedOn", to_char(executed_on, 'YYYY-MM-DD') AS "executedOn", service_area AS "serviceArea"
         FROM decision_not_executed WHERE decided_on <= $1 AND (executed_on IS NULL OR executed_on >= $2)`,
      [`${year}-12-31`, `${year}-01-01`],
    );
    return quarterReports(decisions, year);
  }
}
