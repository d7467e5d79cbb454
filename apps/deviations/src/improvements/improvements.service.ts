import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { canSeeRow, Identity, NO_ROWS, ownProviderId, providerFilter } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { deviationsViolation, RuleViolation } from '@kvalitetsnav/codes';
import { refuseAll, visibleOrUnknown } from '@kvalitetsnav/service-kit';
import { canSeeKind } from '../deviations/deviation-access-rules';
import { Deviation } from '../deviations/deviation.entity';
import { FollowUpRef } from '../follow-ups/follow-up-ref.entity';
import { Improvement } from './improvement.entity';
import { ImprovementDeviation } from './improvement-deviation.entity';
import { completePhase, improvementScope, phaseRecord } from './improvement-cycle-rules';
import { improvementFollowUpViolation } from './improvement-link-rules';
import { ImprovementInterval, improvementStatistics, ImprovementStatisticsRow } from './improvement-statistics-rules';
import {
  CompleteImprovementPhaseInput,
  CreateImprovementInput,
  ImprovementStatisticsFilter,
  LinkImprovementToDeviationsInput,
  LinkImprovementToFollowUpInput,
} from './improvements.inputs';
import { FollowUpReference, ImprovementStatisticsPeriod } from './improvements.models';

/** Who works with improvements, as the resolver's IMPROVERS. */
const IMPROVER_ROLES = ['ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'PROVIDER'];

@Injectable()
export class ImprovementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(identity: Identity): Promise<Improvement[]> {
    const providerId = providerFilter(identity);
    if (providerId === NO_ROWS) return [];
    const manager = this.dataSource.manager;
    const rows = await manager.find(Improvement, {
      where: providerId ? { providerId } : {},
      order: { createdAt: 'DESC' },
    });
    return this.withDeviationIds(manager, rows);
  }

  async create(input: CreateImprovementInput, identity: Identity): Promise<Improvement> {
    return this.dataSource.transaction(async (manager) => {
      const ids = [...new Set(input.deviationIds)];
      const scope = await this.scopeOf(manager, ids, identity);
      if (input.followUpId) await this.refuseUnfitFollowUp(manager, input.followUpId, scope);
      const improvement = manager.create(Improvement, {
        id: randomUUID(),
        title: input.title.trim(),
        plan: input.plan.trim(),
        ...scope,
        followUpId: input.followUpId ?? null,
        phase: 'PLAN',
        doNotes: null,
        studyResult: null,
        studyNotes: null,
        actDecision: null,
        actNotes: null,
        actCompletedOn: null,
        studyDueOn: input.studyDueOn ?? null,
        createdBy: identity.sub,
      });
      await manager.insert(Improvement, improvement);
      await this.storeLinks(manager, improvement.id, ids);
      improvement.deviationIds = ids;
      return improvement;
    });
  }

  /** Replaces the deviations an improvement came from; its unit and provider follow them as on creation. */
  async linkDeviations(input: LinkImprovementToDeviationsInput, identity: Identity): Promise<Improvement> {
    return this.dataSource.transaction(async (manager) => {
      const improvement = await this.lockVisible(manager, input.improvementId, identity);
      const ids = [...new Set(input.deviationIds)];
      const scope = await this.scopeOf(manager, ids, identity);
      if (improvement.followUpId) await this.refuseUnfitFollowUp(manager, improvement.followUpId, scope);
      await manager.update(Improvement, { id: improvement.id }, scope);
      await manager.delete(ImprovementDeviation, { improvementId: improvement.id });
      await this.storeLinks(manager, improvement.id, ids);
      return Object.assign(improvement, scope, { deviationIds: ids });
    });
  }

  /** Sets or removes the contracts follow-up it came from: one of its own provider, or an overarching one. */
  async linkFollowUp(input: LinkImprovementToFollowUpInput, identity: Identity): Promise<Improvement> {
    return this.dataSource.transaction(async (manager) => {
      const improvement = await this.lockVisible(manager, input.improvementId, identity);
      const followUpId = input.followUpId ?? null;
      if (followUpId) await this.refuseUnfitFollowUp(manager, followUpId, improvement);
      await manager.update(Improvement, { id: improvement.id }, { followUpId });
      improvement.followUpId = followUpId;
      const [withIds] = await this.withDeviationIds(manager, [improvement]);
      return withIds;
    });
  }

  async completePhase(input: CompleteImprovementPhaseInput, identity: Identity): Promise<Improvement> {
    return this.dataSource.transaction(async (manager) => {
      const improvement = await this.lockVisible(manager, input.improvementId, identity);
      const outcome = completePhase(improvement.phase, input);
      if (outcome instanceof RuleViolation) throw outcome;
      const changes: Partial<Improvement> = {
        phase: outcome.next,
        ...phaseRecord(improvement.phase, improvement.plan, input, stockholmToday()),
      };
      Object.assign(improvement, changes);
      await manager.update(Improvement, { id: improvement.id }, changes);
      const [withIds] = await this.withDeviationIds(manager, [improvement]);
      return withIds;
    });
  }

  /** The deviations it came from that the caller can see, oldest first. */
  async deviationsOf(improvement: Improvement, identity: Identity): Promise<Deviation[]> {
    if (!improvement.deviationIds?.length) return [];
    const found = await this.dataSource.getRepository(Deviation).find({
      where: { id: In(improvement.deviationIds) },
      order: { reportedOn: 'ASC', id: 'ASC' },
    });
    return found.filter((d) => canSeeRow(identity, d.providerId) && canSeeKind(identity, d.kind));
  }

  async followUpOf(improvement: Improvement): Promise<FollowUpReference | null> {
    if (!improvement.followUpId) return null;
    return this.dataSource.getRepository(FollowUpRef).findOneBy({ id: improvement.followUpId });
  }

  /** The improvements a deviation led to that the caller can see (improvers only), newest first. */
  async ofDeviation(deviation: Deviation, identity: Identity): Promise<Improvement[]> {
    if (!identity.roles.some((role) => IMPROVER_ROLES.includes(role))) return [];
    const manager = this.dataSource.manager;
    const rows = await manager
      .createQueryBuilder(Improvement, 'i')
      .innerJoin(ImprovementDeviation, 'l', 'l.improvement_id = i.id')
      .where('l.deviation_id = :id', { id: deviation.id })
      .orderBy('i.created_at', 'DESC')
      .getMany();
    return this.withDeviationIds(
      manager,
      rows.filter((i) => canSeeRow(identity, i.providerId)),
    );
  }

  async statistics(
    identity: Identity,
    filter: ImprovementStatisticsFilter,
    interval: ImprovementInterval,
    today = stockholmToday(),
  ): Promise<ImprovementStatisticsPeriod[]> {
    const to = filter.to ?? today;
    const from = filter.from ?? `${to.slice(0, 4)}-01-01`;
    const providerId = providerFilter(identity, filter.providerId);
    const rows: ImprovementStatisticsRow[] =
      providerId === NO_ROWS
        ? []
        : await this.dataSource.query(
            `SELECT to_char(created_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS "startedOn",
                    act_decision AS "actDecision", to_char(act_completed_on, 'YYYY-MM-DD') AS "actCompletedOn"
               FROM improvement
              WHERE (created_at AT TIME ZONE 'Europe/Stockholm')::date <= $1
                AND ($2::uuid IS NULL OR provider_id = $2) AND ($3::uuid IS NULL OR unit_id = $3)`,
            [to, providerId ?? null, filter.unitId ?? null],
          );
    return improvementStatistics(rows, from, to, interval);
  }

  private async lockVisible(manager: EntityManager, id: string, identity: Identity): Promise<Improvement> {
    return visibleOrUnknown(
      identity,
      await manager.findOne(Improvement, { where: { id }, lock: { mode: 'pessimistic_write' } }),
      'IMPROVEMENT',
      'improvementId',
      id,
    );
  }

  /** The deviations must be ones the caller can see; the improvement is of their unit and provider when they share one. */
  private async scopeOf(
    manager: EntityManager,
    ids: readonly string[],
    identity: Identity,
  ): Promise<{ unitId: string | null; providerId: string | null }> {
    const found = ids.length ? await manager.findBy(Deviation, { id: In([...ids]) }) : [];
    const scope = improvementScope(
      ids,
      found.filter((d) => canSeeRow(identity, d.providerId) && canSeeKind(identity, d.kind)),
      ownProviderId(identity),
    );
    if (scope instanceof RuleViolation) throw scope;
    return scope;
  }

  private async refuseUnfitFollowUp(
    manager: EntityManager,
    followUpId: string,
    scope: { providerId: string | null },
  ): Promise<void> {
    const followUp = await manager.findOneBy(FollowUpRef, { id: followUpId });
    if (!followUp) throw deviationsViolation('UNKNOWN', 'followUpId', { entity: 'FOLLOW_UP', ids: [followUpId] });
    refuseAll([improvementFollowUpViolation(scope, followUp)]);
  }

  private async storeLinks(manager: EntityManager, improvementId: string, ids: readonly string[]): Promise<void> {
    if (ids.length)
      await manager.insert(
        ImprovementDeviation,
        ids.map((deviationId) => ({ improvementId, deviationId })),
      );
  }

  private async withDeviationIds(manager: EntityManager, rows: Improvement[]): Promise<Improvement[]> {
    if (!rows.length) return rows;
    const links = await manager.find(ImprovementDeviation, {
      where: { improvementId: In(rows.map((r) => r.id)) },
      order: { deviationId: 'ASC' },
    });
    for (const row of rows)
      row.deviationIds = links.filter((l) => l.improvementId === row.id).map((l) => l.deviationId);
    return rows;
  }
}
