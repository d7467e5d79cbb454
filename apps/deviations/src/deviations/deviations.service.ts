import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { ComplaintEventV1, DeviationEventV1, DeviationKind } from '@kvalitetsnav/events';
import { OutboxMessage, OutboxService } from '@kvalitetsnav/messaging';
import { stockholmToday } from '@kvalitetsnav/service-kit';
import { redactPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { DeviationsError, DeviationsErrorCode } from '../errors/deviations-error';
import { DeviationStatus, swedishDate, transitionProblem } from '../rules/deviation-rules';
import { RootCause } from '../root-causes/root-cause.entity';
import { Deviation } from './deviation.entity';
import {
  AssessSeriousnessInput,
  ChangeDeviationStatusInput,
  DeviationFilter,
  RegisterComplaintInput,
  ReportDeviationInput,
  ReportToIvoInput,
  SetRootCausesInput,
} from './deviation.inputs';
import { DeviationProtectedText, DeviationTransition } from './deviation-records.entity';

const invalid = (field: string, message: string) =>
  new DeviationsError(DeviationsErrorCode.VALIDATION_FAILED, message, field);
const conflict = (field: string, message: string) => new DeviationsError(DeviationsErrorCode.CONFLICT, message, field);

/** Kinds whose investigation must keep the person's identity (lex Sarah, lex Maria). */
const KEEPS_ORIGINAL: DeviationKind[] = ['LEX_SARAH', 'LEX_MARIA'];
const LEX: DeviationKind[] = ['LEX_SARAH', 'LEX_MARIA'];

export interface NewDeviation {
  unitId: string;
  kind: DeviationKind;
  occurredOn: string;
  description: string;
  complainant?: Deviation['complainant'];
  complaintCategory?: Deviation['complaintCategory'];
}

@Injectable()
export class DeviationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  list(identity: Identity, filter: DeviationFilter = {}, limit = 500): Promise<Deviation[]> {
    const own = ownProviderId(identity);
    if (own && filter.providerId && filter.providerId !== own) return Promise.resolve([]);
    const q = this.dataSource
      .getRepository(Deviation)
      .createQueryBuilder('d')
      .orderBy('d.reported_at', 'DESC')
      .take(limit);
    if (filter.unitId) q.andWhere('d.unit_id = :unitId', { unitId: filter.unitId });
    if (own ?? filter.providerId) q.andWhere('d.provider_id = :providerId', { providerId: own ?? filter.providerId });
    if (filter.kind) q.andWhere('d.kind = :kind', { kind: filter.kind });
    if (filter.status) q.andWhere('d.status = :status', { status: filter.status });
    if (filter.from) q.andWhere('d.reported_on >= :from', { from: filter.from });
    if (filter.to) q.andWhere('d.reported_on <= :to', { to: filter.to });
    return q.getMany();
  }

  /** Not finally assessed two months after the report, oldest first. */
  overdue(identity: Identity, today = stockholmToday()): Promise<Deviation[]> {
    const own = ownProviderId(identity);
    const q = this.dataSource
      .getRepository(Deviation)
      .createQueryBuilder('d')
      .where(`d.final_assessed_on IS NULL AND (d.reported_on + interval '2 months')::date < :today`, { today })
      .orderBy('d.reported_on', 'ASC')
      .take(1000);
    if (own) q.andWhere('d.provider_id = :own', { own });
    return q.getMany();
  }

  async findVisible(id: string, identity: Identity): Promise<Deviation | null> {
    const deviation = await this.dataSource.getRepository(Deviation).findOneBy({ id });
    const own = ownProviderId(identity);
    return deviation && (!own || own === deviation.providerId) ? deviation : null;
  }

  async protectedText(deviationId: string): Promise<string | null> {
    return (await this.dataSource.getRepository(DeviationProtectedText).findOneBy({ deviationId }))?.original ?? null;
  }

  transitions(deviationId: string): Promise<DeviationTransition[]> {
    return this.dataSource.getRepository(DeviationTransition).find({ where: { deviationId }, order: { id: 'ASC' } });
  }

  rootCausesOf(deviationId: string): Promise<RootCause[]> {
    return this.dataSource
      .getRepository(RootCause)
      .createQueryBuilder('r')
      .innerJoin('deviation_root_cause', 'dr', 'dr.root_cause_id = r.id')
      .where('dr.deviation_id = :deviationId', { deviationId })
      .orderBy('r.label')
      .getMany();
  }

  async report(input: ReportDeviationInput, identity: Identity): Promise<Deviation> {
    if (input.kind === 'COMPLAINT') throw invalid('kind', 'kind COMPLAINT is registered with registerComplaint');
    if (input.kind === 'DECISION_NOT_EXECUTED')
      throw invalid('kind', 'kind DECISION_NOT_EXECUTED is registered with registerDecisionNotExecuted');
    return this.dataSource.transaction((manager) => this.insert(manager, input, identity, 'occurredOn'));
  }

  async registerComplaint(input: RegisterComplaintInput, identity: Identity): Promise<Deviation> {
    const { receivedOn, category, ...rest } = input;
    return this.dataSource.transaction((manager) =>
      this.insert(
        manager,
        { ...rest, kind: 'COMPLAINT', occurredOn: receivedOn, complaintCategory: category },
        identity,
        'receivedOn',
      ),
    );
  }

  /** Inside the caller's transaction, so a whole import commits or none of it does. */
  async insert(
    manager: EntityManager,
    input: NewDeviation & Partial<Deviation>,
    identity: Identity,
    dateField: string,
    unit?: UnitRef,
  ): Promise<Deviation> {
    const reportedAt = input.reportedAt ?? new Date();
    const reportedOn = input.reportedOn ?? swedishDate(reportedAt);
    if (input.occurredOn > reportedOn)
      throw invalid(dateField, `${dateField} ${input.occurredOn} is after the day it was reported (${reportedOn})`);
    const target = unit ?? (await this.unitFor(manager, input.unitId, identity));
    const redacted = redactPersonalIdentityNumbers(input.description);
    const deviation = manager.create(Deviation, {
      status: 'REPORTED',
      investigationStartedOn: null,
      actionsRegisteredOn: null,
      actions: null,
      finalAssessedOn: null,
      finalAssessment: null,
      closedOn: null,
      seriousness: null,
      ivoReportedOn: null,
      ivoReference: null,
      complainant: null,
      complaintCategory: null,
      followUpId: null,
      ...input,
      id: randomUUID(),
      unitId: target.id,
      providerId: target.providerId,
      serviceArea: target.serviceArea as Deviation['serviceArea'],
      description: redacted.text,
      redactions: redacted.found,
      reportedAt,
      reportedOn,
      reportedBy: identity.sub,
      version: 1,
    });
    await manager.insert(Deviation, deviation);
    if (redacted.found && KEEPS_ORIGINAL.includes(deviation.kind))
      await manager.insert(DeviationProtectedText, { deviationId: deviation.id, original: input.description });
    await manager.insert(DeviationTransition, {
      deviationId: deviation.id,
      fromStatus: null,
      toStatus: deviation.status,
      changedBy: identity.sub,
      changedAt: reportedAt,
    });
    await this.publish(
      manager,
      deviation,
      deviation.kind === 'COMPLAINT' ? 'ComplaintRegistered' : 'DeviationReported',
    );
    return deviation;
  }

  changeStatus(input: ChangeDeviationStatusInput, identity: Identity, today = stockholmToday()): Promise<Deviation> {
    return this.change(
      input.deviationId,
      identity,
      async (deviation) => {
        const problem = transitionProblem(deviation.status, input.to);
        if (problem) throw conflict('to', problem);
        const on = input.on ?? today;
        if (on > today) throw invalid('on', `on ${on} is in the future`);
        const previous = [
          deviation.reportedOn,
          deviation.investigationStartedOn,
          deviation.actionsRegisteredOn,
          deviation.finalAssessedOn,
        ]
          .filter((d): d is string => d !== null)
          .sort()
          .at(-1)!;
        if (on < previous) throw invalid('on', `on ${on} is before the previous step (${previous})`);
        const text = input.text?.trim() ? redactPersonalIdentityNumbers(input.text.trim()).text : null;
        const changes: Partial<Deviation> = { status: input.to };
        if (input.to === 'INVESTIGATING') changes.investigationStartedOn = on;
        if (input.to === 'ACTIONS_REGISTERED') {
          if (!text) throw invalid('text', 'text must describe the actions registered');
          Object.assign(changes, { actionsRegisteredOn: on, actions: text });
        }
        if (input.to === 'FINAL_ASSESSMENT') {
          if (!text) throw invalid('text', 'text must hold the final assessment');
          if (LEX.includes(deviation.kind) && !deviation.seriousness)
            throw invalid(
              'to',
              `a ${deviation.kind} report needs its seriousness assessed before the final assessment`,
            );
          Object.assign(changes, { finalAssessedOn: on, finalAssessment: text });
        }
        if (input.to === 'CLOSED') {
          if (deviation.seriousness === 'SERIOUS' && !deviation.ivoReportedOn)
            throw invalid('to', `a serious ${deviation.kind} must be reported to IVO before it is closed`);
          changes.closedOn = on;
        }
        return changes;
      },
      input.to,
    );
  }

  assessSeriousness(input: AssessSeriousnessInput, identity: Identity): Promise<Deviation> {
    return this.change(input.deviationId, identity, async (deviation) => {
      if (!LEX.includes(deviation.kind))
        throw invalid(
          'deviationId',
          `seriousness is assessed for lex Sarah and lex Maria reports, not ${deviation.kind}`,
        );
      if (deviation.ivoReportedOn)
        throw conflict('seriousness', `already reported to IVO on ${deviation.ivoReportedOn}`);
      return { seriousness: input.seriousness };
    });
  }

  reportToIvo(input: ReportToIvoInput, identity: Identity, today = stockholmToday()): Promise<Deviation> {
    return this.change(input.deviationId, identity, async (deviation) => {
      if (!LEX.includes(deviation.kind))
        throw invalid('deviationId', `only lex Sarah and lex Maria reports go to IVO, not ${deviation.kind}`);
      if (deviation.seriousness !== 'SERIOUS')
        throw invalid('deviationId', 'only a report assessed as SERIOUS is reported to IVO');
      if (deviation.ivoReportedOn)
        throw conflict('deviationId', `already reported to IVO on ${deviation.ivoReportedOn}`);
      if (input.reportedOn > today || input.reportedOn < deviation.reportedOn)
        throw invalid('reportedOn', `reportedOn must be between ${deviation.reportedOn} and today (${today})`);
      return { ivoReportedOn: input.reportedOn, ivoReference: input.ivoReference?.trim() || null };
    });
  }

  async setRootCauses(input: SetRootCausesInput, identity: Identity): Promise<Deviation> {
    const ids = [...new Set(input.rootCauseIds)];
    return this.dataSource.transaction(async (manager) => {
      const deviation = await this.lock(manager, input.deviationId, identity);
      const causes = ids.length ? await manager.findBy(RootCause, { id: In(ids) }) : [];
      const unknown = ids.filter((id) => !causes.some((c) => c.id === id && c.active));
      if (unknown.length)
        throw invalid('rootCauseIds', `rootCauseIds ${unknown.join(', ')} are not active root causes`);
      await manager.query(`DELETE FROM deviation_root_cause WHERE deviation_id = $1`, [deviation.id]);
      for (const id of ids)
        await manager.query(`INSERT INTO deviation_root_cause (deviation_id, root_cause_id) VALUES ($1, $2)`, [
          deviation.id,
          id,
        ]);
      return deviation;
    });
  }

  private async change(
    id: string,
    identity: Identity,
    decide: (d: Deviation) => Promise<Partial<Deviation>>,
    transitionTo?: DeviationStatus,
  ): Promise<Deviation> {
    return this.dataSource.transaction(async (manager) => {
      const deviation = await this.lock(manager, id, identity);
      const from = deviation.status;
      const changes = await decide(deviation);
      Object.assign(deviation, changes, { version: deviation.version + 1 });
      await manager.update(Deviation, { id }, { ...changes, version: deviation.version });
      if (transitionTo)
        await manager.insert(DeviationTransition, {
          deviationId: id,
          fromStatus: from,
          toStatus: transitionTo,
          changedBy: identity.sub,
          changedAt: new Date(),
        });
      await this.publish(manager, deviation, transitionTo ? 'DeviationStatusChanged' : 'DeviationAssessed');
      return deviation;
    });
  }

  private async lock(manager: EntityManager, id: string, identity: Identity): Promise<Deviation> {
    const deviation = await manager.findOne(Deviation, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!deviation)
      throw new DeviationsError(
        DeviationsErrorCode.NOT_FOUND,
        `deviationId ${id} is not a known deviation`,
        'deviationId',
      );
    const own = ownProviderId(identity);
    if (own && own !== deviation.providerId)
      throw new DeviationsError(
        DeviationsErrorCode.FORBIDDEN,
        'deviationId belongs to another provider',
        'deviationId',
      );
    return deviation;
  }

  async unitFor(manager: EntityManager, unitId: string, identity: Identity): Promise<UnitRef> {
    const unit = await manager.findOneBy(UnitRef, { id: unitId });
    if (!unit)
      throw new DeviationsError(
        DeviationsErrorCode.NOT_FOUND,
        `unitId ${unitId} is not a known unit (units are registered in contracts)`,
        'unitId',
      );
    const own = ownProviderId(identity);
    if (own && own !== unit.providerId)
      throw new DeviationsError(DeviationsErrorCode.FORBIDDEN, 'unitId belongs to another provider', 'unitId');
    return unit;
  }

  private async publish(manager: EntityManager, d: Deviation, type: string): Promise<void> {
    await this.outbox.enqueue(manager, deviationEvent(d, type));
  }
}

/** Events carry no free text: descriptions may hold personal data even after redaction. */
export function deviationEvent(
  d: Deviation,
  type: string,
): OutboxMessage<'deviations.complaint.v1'> | OutboxMessage<'deviations.deviation.v1'> {
  if (d.kind === 'COMPLAINT') {
    const payload: ComplaintEventV1 = {
      id: d.id,
      unitId: d.unitId,
      providerId: d.providerId,
      serviceArea: d.serviceArea,
      receivedOn: d.occurredOn,
      status: d.status,
      version: d.version,
    };
    return { topic: 'deviations.complaint.v1', key: d.id, type, payload };
  }
  const payload: DeviationEventV1 = {
    id: d.id,
    unitId: d.unitId,
    providerId: d.providerId,
    serviceArea: d.serviceArea,
    kind: d.kind,
    status: d.status,
    occurredOn: d.occurredOn,
    reportedAt: d.reportedAt.toISOString(),
    version: d.version,
  };
  return { topic: 'deviations.deviation.v1', key: d.id, type, payload };
}
