import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { canSeeRow, Identity, NO_ROWS, providerFilter } from '@kvalitetsnav/auth';
import { stockholmToday, swedishDate } from '@kvalitetsnav/calendar';
import { DeviationKind } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { refuseAll, visibleOrUnknown } from '@kvalitetsnav/service-kit';
import { redactPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { ProviderRef, UnitRef } from '@kvalitetsnav/unit-catalogue';
import { AccessLogService } from '../access-log/access-log.service';
import { categoryChoiceViolation } from '../categories/category-rules';
import { DeviationCategory } from '../categories/deviation-category.entity';
import { Deviation } from './deviation.entity';
import { canSeeKind, kindNotHandledViolation, kindsVisibleTo } from './deviation-access-rules';
import { deviationEvent, DeviationEventType, reportedEventType } from './deviation-event-rules';
import { DeviationAssessment } from './deviation-assessment.entity';
import { sortColumns } from './deviation-list-rules';
import { DeviationList } from './deviation-list.models';
import { DeviationProtectedText } from './deviation-protected-text.entity';
import {
  Complainant,
  ComplaintCategory,
  keepsOriginalText,
  occurredAfterReportedViolation,
  reportKindViolation,
} from './deviation-report-rules';
import { DeviationTransition } from './deviation-transition.entity';
import {
  DeviationStatus,
  ivoReportViolation,
  seriousnessViolation,
  statusChangeViolations,
  stepRecord,
} from './deviation-workflow-rules';
import {
  AssessSeriousnessInput,
  ChangeDeviationStatusInput,
  DeviationFilter,
  DeviationPaging,
  RegisterComplaintInput,
  ReportDeviationInput,
  ReportToIvoInput,
} from './deviations.inputs';
import { overdueIfReportedOnOrBefore } from './two-month-rules';

interface NewDeviation {
  unitId: string;
  kind: DeviationKind;
  occurredOn: string;
  description: string;
  complainant?: Complainant;
  complaintCategory?: ComplaintCategory;
  categoryCode?: string | null;
}

/** Redacted for everyone's eyes: personal identity numbers out of the text. */
const redactedText = (text: string | null | undefined): string | null =>
  text?.trim() ? redactPersonalIdentityNumbers(text.trim()).text : null;

@Injectable()
export class DeviationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly accessLog: AccessLogService,
  ) {}

  list(identity: Identity, filter: DeviationFilter = {}, limit = 500): Promise<Deviation[]> {
    const q = this.filtered(identity, filter);
    return q ? q.orderBy('d.reported_at', 'DESC').take(limit).getMany() : Promise.resolve([]);
  }

  /** One page of what the filter selects, in the order asked for, and how many there are in all. */
  async page(identity: Identity, filter: DeviationFilter = {}, paging: DeviationPaging): Promise<DeviationList> {
    const { offset, limit, sortBy, descending } = paging;
    const q = this.filtered(identity, filter);
    if (!q) return { items: [], total: 0, offset, limit };
    q.leftJoin(UnitRef, 'u', 'u.id = d.unit_id').leftJoin(ProviderRef, 'p', 'p.id = d.provider_id');
    const direction = descending ? 'DESC' : 'ASC';
    sortColumns(sortBy).forEach((column, i) =>
      i === 0 ? q.orderBy(column, direction, 'NULLS LAST') : q.addOrderBy(column, direction, 'NULLS LAST'),
    );
    const [items, total] = await q.offset(offset).limit(limit).getManyAndCount();
    return { items, total, offset, limit };
  }

  /** The deviations the filter selects that the caller may see; null when it may see none. */
  private filtered(identity: Identity, filter: DeviationFilter) {
    const providerId = providerFilter(identity, filter.providerId);
    if (providerId === NO_ROWS) return null;
    const q = this.dataSource.getRepository(Deviation).createQueryBuilder('d');
    this.confineToKinds(q, identity);
    if (filter.unitId) q.andWhere('d.unit_id = :unitId', { unitId: filter.unitId });
    if (providerId) q.andWhere('d.provider_id = :providerId', { providerId });
    if (filter.kind) q.andWhere('d.kind = :kind', { kind: filter.kind });
    if (filter.status) q.andWhere('d.status = :status', { status: filter.status });
    if (filter.from) q.andWhere('d.reported_on >= :from', { from: filter.from });
    if (filter.to) q.andWhere('d.reported_on <= :to', { to: filter.to });
    return q;
  }

  /** Not finally assessed two months after the report, oldest first. */
  overdue(identity: Identity, today = stockholmToday()): Promise<Deviation[]> {
    const providerId = providerFilter(identity);
    const q = this.dataSource
      .getRepository(Deviation)
      .createQueryBuilder('d')
      .where('d.final_assessed_on IS NULL AND d.reported_on <= :lastReportedOn', {
        lastReportedOn: overdueIfReportedOnOrBefore(today),
      })
      .orderBy('d.reported_on', 'ASC')
      .take(1000);
    if (providerId) q.andWhere('d.provider_id = :providerId', { providerId });
    this.confineToKinds(q, identity);
    return q.getMany();
  }

  private confineToKinds(q: SelectQueryBuilder<Deviation>, identity: Identity): void {
    const kinds = kindsVisibleTo(identity);
    if (kinds) q.andWhere('d.kind IN (:...visibleKinds)', { visibleKinds: kinds });
  }

  /** Another provider's deviation, or a kind the caller does not handle, is as absent as one that does not exist. */
  async findVisible(id: string, identity: Identity): Promise<Deviation | null> {
    const deviation = await this.dataSource.getRepository(Deviation).findOneBy({ id });
    return deviation && canSeeRow(identity, deviation.providerId) && canSeeKind(identity, deviation.kind)
      ? deviation
      : null;
  }

  /**
   * One deviation opened by id, its reading logged when the caller selected its individual
   * data (loggedRead); nothing is returned when the entry cannot be written.
   */
  async openVisible(id: string, identity: Identity, selected: readonly string[]): Promise<Deviation | null> {
    const deviation = await this.findVisible(id, identity);
    if (deviation) await this.accessLog.logRead(identity, 'deviation', selected, [deviation.id], deviation.kind);
    return deviation;
  }

  transitions(deviationId: string): Promise<DeviationTransition[]> {
    return this.dataSource.getRepository(DeviationTransition).find({ where: { deviationId }, order: { id: 'ASC' } });
  }

  assessments(deviationId: string): Promise<DeviationAssessment[]> {
    return this.dataSource.getRepository(DeviationAssessment).find({ where: { deviationId }, order: { id: 'ASC' } });
  }

  report(input: ReportDeviationInput, identity: Identity): Promise<Deviation> {
    refuseAll([reportKindViolation(input.kind), kindNotHandledViolation(identity, input.kind)]);
    return this.dataSource.transaction(async (manager) => {
      const categoryCode = input.categoryCode || null;
      if (categoryCode)
        refuseAll([categoryChoiceViolation(categoryCode, input.kind, await manager.find(DeviationCategory))]);
      return this.insert(manager, { ...input, categoryCode }, identity, 'occurredOn');
    });
  }

  registerComplaint(input: RegisterComplaintInput, identity: Identity): Promise<Deviation> {
    const { receivedOn, category, ...rest } = input;
    refuseAll([kindNotHandledViolation(identity, 'COMPLAINT')]);
    return this.dataSource.transaction((manager) =>
      this.insert(
        manager,
        { ...rest, kind: 'COMPLAINT', occurredOn: receivedOn, complaintCategory: category },
        identity,
        'receivedOn',
      ),
    );
  }

  private async insert(
    manager: EntityManager,
    input: NewDeviation,
    identity: Identity,
    dateField: string,
  ): Promise<Deviation> {
    const reportedAt = new Date();
    const reportedOn = swedishDate(reportedAt);
    refuseAll([occurredAfterReportedViolation(input.occurredOn, reportedOn, dateField)]);
    const unit = await this.unitFor(manager, input.unitId, identity);
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
      complainant: input.complainant ?? null,
      complaintCategory: input.complaintCategory ?? null,
      categoryCode: input.categoryCode ?? null,
      followUpId: null,
      kind: input.kind,
      occurredOn: input.occurredOn,
      id: randomUUID(),
      unitId: unit.id,
      providerId: unit.providerId,
      serviceArea: unit.serviceArea,
      description: redacted.text,
      redactions: redacted.found,
      reportedAt,
      reportedOn,
      reportedBy: identity.sub,
      version: 1,
    });
    await manager.insert(Deviation, deviation);
    if (keepsOriginalText(deviation.kind, redacted.found))
      await manager.insert(DeviationProtectedText, { deviationId: deviation.id, original: input.description });
    await manager.insert(DeviationTransition, {
      deviationId: deviation.id,
      fromStatus: null,
      toStatus: deviation.status,
      changedBy: identity.sub,
      changedAt: reportedAt,
    });
    await this.outbox.enqueue(manager, deviationEvent(deviation, reportedEventType(deviation)));
    return deviation;
  }

  changeStatus(input: ChangeDeviationStatusInput, identity: Identity, today = stockholmToday()): Promise<Deviation> {
    const change = { to: input.to, on: input.on ?? today, text: redactedText(input.text) };
    return this.change(
      input.deviationId,
      identity,
      (deviation) => {
        refuseAll(statusChangeViolations(deviation, change, today));
        return stepRecord(change);
      },
      { transitionTo: input.to },
    );
  }

  assessSeriousness(input: AssessSeriousnessInput, identity: Identity): Promise<Deviation> {
    return this.change(
      input.deviationId,
      identity,
      (deviation) => {
        refuseAll([seriousnessViolation(deviation)]);
        return { seriousness: input.seriousness };
      },
      { assessment: { seriousness: input.seriousness } },
    );
  }

  reportToIvo(input: ReportToIvoInput, identity: Identity, today = stockholmToday()): Promise<Deviation> {
    return this.change(
      input.deviationId,
      identity,
      (deviation) => {
        refuseAll([ivoReportViolation(deviation, input.reportedOn, today)]);
        return { ivoReportedOn: input.reportedOn, ivoReference: input.ivoReference?.trim() || null };
      },
      { assessment: { ivoReportedOn: input.reportedOn, ivoReference: input.ivoReference?.trim() || null } },
    );
  }

  private async change(
    id: string,
    identity: Identity,
    decide: (d: Deviation) => Partial<Deviation>,
    record: {
      transitionTo?: DeviationStatus;
      assessment?: Partial<Pick<DeviationAssessment, 'seriousness' | 'ivoReportedOn' | 'ivoReference'>>;
    },
  ): Promise<Deviation> {
    const { transitionTo, assessment } = record;
    return this.dataSource.transaction(async (manager) => {
      const deviation = await this.lockVisible(manager, id, identity);
      const from = deviation.status;
      const changes = decide(deviation);
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
      if (assessment)
        await manager.insert(DeviationAssessment, {
          deviationId: id,
          seriousness: null,
          ivoReportedOn: null,
          ivoReference: null,
          ...assessment,
          changedBy: identity.sub,
          changedAt: new Date(),
        });
      const type: DeviationEventType = transitionTo ? 'DeviationStatusChanged' : 'DeviationAssessed';
      await this.outbox.enqueue(manager, deviationEvent(deviation, type));
      return deviation;
    });
  }

  /** The deviation, locked for the caller's transaction; another provider's answers as unknown. */
  async lockVisible(manager: EntityManager, id: string, identity: Identity): Promise<Deviation> {
    const deviation = await manager.findOne(Deviation, { where: { id }, lock: { mode: 'pessimistic_write' } });
    return visibleOrUnknown(
      identity,
      deviation && canSeeKind(identity, deviation.kind) ? deviation : null,
      'DEVIATION',
      'deviationId',
      id,
    );
  }

  private async unitFor(manager: EntityManager, unitId: string, identity: Identity): Promise<UnitRef> {
    return visibleOrUnknown(identity, await manager.findOneBy(UnitRef, { id: unitId }), 'UNIT', 'unitId', unitId);
  }
}
