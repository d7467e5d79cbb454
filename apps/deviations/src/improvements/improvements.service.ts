import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { canSeeRow, Identity, NO_ROWS, ownProviderId, providerFilter } from '@kvalitetsnav/auth';
import { RuleViolation } from '@kvalitetsnav/codes';
import { visibleOrUnknown } from '@kvalitetsnav/service-kit';
import { Deviation } from '../deviations/deviation.entity';
import { Improvement } from './improvement.entity';
import { completePhase, improvementScope, phaseRecord } from './improvement-cycle-rules';
import { CompleteImprovementPhaseInput, CreateImprovementInput } from './improvements.inputs';

@Injectable()
export class ImprovementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(identity: Identity): Promise<Improvement[]> {
    const providerId = providerFilter(identity);
    if (providerId === NO_ROWS) return [];
    return this.dataSource
      .getRepository(Improvement)
      .find({ where: providerId ? { providerId } : {}, order: { createdAt: 'DESC' } });
  }

  async create(input: CreateImprovementInput, identity: Identity): Promise<Improvement> {
    const ids = [...new Set(input.deviationIds)];
    const found = ids.length ? await this.dataSource.getRepository(Deviation).findBy({ id: In(ids) }) : [];
    const scope = improvementScope(
      ids,
      found.filter((d) => canSeeRow(identity, d.providerId)),
      ownProviderId(identity),
    );
    if (scope instanceof RuleViolation) throw scope;
    const improvement = this.dataSource.getRepository(Improvement).create({
      id: randomUUID(),
      title: input.title.trim(),
      plan: input.plan.trim(),
      deviationIds: ids,
      ...scope,
      phase: 'PLAN',
      doNotes: null,
      studyResult: null,
      studyNotes: null,
      actDecision: null,
      actNotes: null,
      studyDueOn: input.studyDueOn ?? null,
      createdBy: identity.sub,
    });
    await this.dataSource.getRepository(Improvement).insert(improvement);
    return improvement;
  }

  async completePhase(input: CompleteImprovementPhaseInput, identity: Identity): Promise<Improvement> {
    return this.dataSource.transaction(async (manager) => {
      const improvement = visibleOrUnknown(
        identity,
        await manager.findOne(Improvement, { where: { id: input.improvementId }, lock: { mode: 'pessimistic_write' } }),
        'IMPROVEMENT',
        'improvementId',
        input.improvementId,
      );
      const outcome = completePhase(improvement.phase, input);
      if (outcome instanceof RuleViolation) throw outcome;
      const changes: Partial<Improvement> = {
        phase: outcome.next,
        ...phaseRecord(improvement.phase, improvement.plan, input),
      };
      Object.assign(improvement, changes);
      await manager.update(Improvement, { id: improvement.id }, changes);
      return improvement;
    });
  }
}
