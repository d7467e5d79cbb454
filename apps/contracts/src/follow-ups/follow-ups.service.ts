import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull, Not, Raw } from 'typeorm';
import { canSeeRow, Identity, NO_ROWS, ownProviderId, providerFilter } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { commonViolation } from '@kvalitetsnav/codes';
import { FollowUpEventV1, FollowUpStatus, FollowUpType } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { byIdLoader, LoaderContext, refuseAll, visibleOrUnknown } from '@kvalitetsnav/service-kit';
import { ChangeLogService } from '../change-log/change-log.service';
import { Contract } from '../contracts/contract.entity';
import { FollowUpPlan } from '../planning/follow-up-plan.entity';
import { reportedPeriod } from '../planning/plan-period-rules';
import { Provider } from '../providers/provider.entity';
import type { SelectionThird } from '../planning/selection-rules';
import { FollowUp } from './follow-up.entity';
import { FollowUpAction } from './follow-up-action.entity';
import {
  boardPresentationViolation,
  creationViolations,
  deadlineViolations,
  mergeChecklist,
  preparationViolation,
  preparedViolations,
  publicationViolation,
  recheckViolations,
} from './follow-up-rules';
import {
  ActionCommand,
  actionTransition,
  BoardReportMonth,
  boardReportPeriod,
  FollowUpCommand,
  followUpTransition,
  isActionOverdue,
} from './follow-up-workflow-rules';
import { containsPattern, followUpOrder } from './follow-up-list-rules';
import {
  CreateFollowUpInput,
  FollowUpPageArgs,
  PrepareFollowUpInput,
  RecheckActionInput,
  ReportFollowUpInput,
} from './follow-ups.inputs';

const DONE: Record<FollowUpCommand, string> = {
  START: 'STARTED',
  REPORT: 'REPORTED',
  CLOSE: 'CLOSED',
  CANCEL: 'CANCELLED',
};

/** PRESENTED_TO_BOARD → FollowUpPresentedToBoard */
const eventType = (action: string) =>
  `FollowUp${action.toLowerCase().replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase())}`;

export interface NewFollowUp {
  type: FollowUpType;
  title: string;
  purpose?: string | null;
  contractId?: string | null;
  plannedOn: string;
  responsible?: string | null;
  assistant?: string | null;
  selectionId?: string | null;
  selectionThird?: SelectionThird | null;
}

export interface FollowUpFilter {
  year?: number;
  status?: FollowUpStatus;
  type?: FollowUpType;
  contractId?: string;
  providerId?: string;
}

@Injectable()
export class FollowUpsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly changeLog: ChangeLogService,
  ) {}

  /** A provider sees only its own follow-ups, never the administration's overarching ones. */
  async list(identity: Identity, filter: FollowUpFilter): Promise<FollowUp[]> {
    const providerId = providerFilter(identity, filter.providerId);
    if (providerId === NO_ROWS) return [];
    const query = this.dataSource
      .getRepository(FollowUp)
      .createQueryBuilder('f')
      .orderBy('f.planned_on', 'ASC')
      .addOrderBy('f.title', 'ASC');
    if (filter.year)
      query.andWhere(`f.planned_on BETWEEN :from AND :to`, {
        from: `${filter.year}-01-01`,
        to: `${filter.year}-12-31`,
      });
    if (filter.status) query.andWhere('f.status = :status', { status: filter.status });
    if (filter.type) query.andWhere('f.type = :type', { type: filter.type });
    if (filter.contractId) query.andWhere('f.contract_id = :contractId', { contractId: filter.contractId });
    if (providerId) query.andWhere('f.provider_id = :providerId', { providerId });
    return query.getMany();
  }

  /** One page of the follow-ups the caller may see, filtered and sorted in the database, with the total. */
  async page(identity: Identity, args: FollowUpPageArgs) {
    const window = { offset: args.offset, limit: args.limit };
    const providerId = providerFilter(identity, args.providerId ?? undefined);
    if (providerId === NO_ROWS) return { items: [], total: 0, ...window };
    const query = this.dataSource
      .getRepository(FollowUp)
      .createQueryBuilder('f')
      .leftJoin(Contract, 'c', 'c.id = f.contract_id')
      .leftJoin(Provider, 'p', 'p.id = f.provider_id');
    if (args.year)
      query.andWhere('f.planned_on BETWEEN :from AND :to', { from: `${args.year}-01-01`, to: `${args.year}-12-31` });
    if (args.status) query.andWhere('f.status = :status', { status: args.status });
    if (args.type) query.andWhere('f.type = :type', { type: args.type });
    if (args.contractId) query.andWhere('f.contract_id = :contractId', { contractId: args.contractId });
    if (providerId) query.andWhere('f.provider_id = :providerId', { providerId });
    if (args.unitId)
      query.andWhere('f.contract_id IN (SELECT cu.contract_id FROM contract_unit cu WHERE cu.unit_id = :unitId)', {
        unitId: args.unitId,
      });
    if (args.search?.trim())
      query.andWhere('(f.title ILIKE :search OR c.reference ILIKE :search)', { search: containsPattern(args.search) });
    followUpOrder(args.sortBy, args.descending).forEach(([column, direction, nulls], i) =>
      i ? query.addOrderBy(column, direction, nulls) : query.orderBy(column, direction, nulls),
    );
    const [items, total] = await query.offset(args.offset).limit(args.limit).getManyAndCount();
    return { items, total, ...window };
  }

  /** The provider a follow-up is about, batched with the others the request asks for. */
  providerOf(context: LoaderContext, providerId: string): Promise<Provider | null> {
    return byIdLoader(context, 'providers', (ids) =>
      this.dataSource.getRepository(Provider).findBy({ id: In(ids) }),
    ).load(providerId);
  }

  /** The follow-up, or null as for an unknown id when the caller may not see it. */
  async findVisible(id: string, identity: Identity): Promise<FollowUp | null> {
    const followUp = await this.dataSource.getRepository(FollowUp).findOneBy({ id });
    return followUp && canSeeRow(identity, followUp.providerId) ? followUp : null;
  }

  /** The contract a follow-up is about, batched with the others the request asks for. */
  contractOf(context: LoaderContext, contractId: string): Promise<Contract | null> {
    return byIdLoader(context, 'contracts', (ids) =>
      this.dataSource.getRepository(Contract).findBy({ id: In(ids) }),
    ).load(contractId);
  }

  actionsOf(followUpId: string): Promise<FollowUpAction[]> {
    return this.dataSource
      .getRepository(FollowUpAction)
      .find({ where: { followUpId }, order: { deadline: 'ASC', createdAt: 'ASC' } });
  }

  async overdueActions(identity: Identity, asOf = stockholmToday()): Promise<FollowUpAction[]> {
    const own = ownProviderId(identity);
    const candidates = await this.dataSource.getRepository(FollowUpAction).find({
      where: { status: In(['OPEN', 'PLAN_RECEIVED']), followUp: own ? { providerId: own } : {} },
      relations: { followUp: true },
      order: { deadline: 'ASC' },
    });
    return candidates.filter((a) => isActionOverdue(a, asOf));
  }

  /** Reported follow-ups with a decision case not yet put before the board (a board's: its contracts'). */
  boardQueue(boardId: string | null = null): Promise<FollowUp[]> {
    const contractId = boardId
      ? Raw((column) => `${column} IN (SELECT c.id FROM contract c WHERE c.board_id = :boardId)`, { boardId })
      : undefined;
    return this.dataSource.getRepository(FollowUp).find({
      where: { decisionNeeded: true, boardMeetingOn: IsNull(), status: In(['REPORTED', 'CLOSED']), contractId },
      order: { reportedOn: 'ASC' },
    });
  }

  /**
   * Follow-ups without a decision case reported in the period the June or November report
   * covers: the plan's own period for the month (the board's plan, else the municipality-wide
   * one), or December–May and June–November without a plan. A board's report has its contracts'.
   */
  async halfYearReport(year: number, month: BoardReportMonth, boardId: string | null = null) {
    const plan = await this.dataSource.getRepository(FollowUpPlan).findOneBy({ year, boardId: boardId ?? IsNull() });
    const planned = plan ? reportedPeriod(plan.periods, year, month === 'JUNE' ? 6 : 11) : null;
    const period = planned ? { from: planned.startsOn, to: planned.endsOn } : boardReportPeriod(year, month);
    const query = this.dataSource
      .getRepository(FollowUp)
      .createQueryBuilder('f')
      .where('f.decision_needed = false AND f.status IN (:...statuses)', { statuses: ['REPORTED', 'CLOSED'] })
      .andWhere('f.reported_on BETWEEN :from AND :to', period);
    if (boardId)
      query.andWhere('f.contract_id IN (SELECT c.id FROM contract c WHERE c.board_id = :boardId)', { boardId });
    const followUps = await query.orderBy('f.reported_on', 'ASC').getMany();
    return { year, month, from: period.from, to: period.to, boardId, followUps };
  }

  async create(input: CreateFollowUpInput, by: Identity): Promise<FollowUp> {
    return this.dataSource.transaction((manager) => this.createIn(manager, input, by));
  }

  /** Inside the caller's transaction, so a contract and its new-start follow-up commit together. */
  async createIn(manager: EntityManager, input: NewFollowUp, by: Identity): Promise<FollowUp> {
    const contract = input.contractId ? await manager.findOneBy(Contract, { id: input.contractId }) : null;
    if (input.contractId && !contract)
      throw commonViolation('UNKNOWN', 'contractId', { entity: 'CONTRACT', ids: [input.contractId] });
    refuseAll(creationViolations(input, contract));
    const followUp = manager.create(FollowUp, {
      id: randomUUID(),
      type: input.type,
      status: 'PLANNED',
      title: input.title.trim(),
      purpose: input.purpose?.trim() || null,
      contractId: contract?.id ?? null,
      providerId: contract?.providerId ?? null,
      selectionId: input.selectionId ?? null,
      selectionThird: input.selectionThird ?? null,
      plannedOn: input.plannedOn,
      responsible: input.responsible?.trim() || null,
      assistant: input.assistant?.trim() || null,
      methods: [],
      checklist: [],
      findings: null,
      decisionNeeded: false,
      reportedOn: null,
      boardMeetingOn: null,
      publishedOn: null,
      closedOn: null,
      cancellationReason: null,
      version: 1,
    });
    await manager.insert(FollowUp, followUp);
    await this.changeLog.record(manager, {
      entityType: 'FOLLOW_UP',
      entityId: followUp.id,
      action: 'CREATED',
      by,
      changes: { ...input },
    });
    await this.publish(manager, followUp, 'FollowUpPlanned', 0);
    return followUp;
  }

  prepare(input: PrepareFollowUpInput, by: Identity): Promise<FollowUp> {
    return this.change(input.followUpId, by, 'PREPARED', async (followUp) => {
      refuseAll([preparationViolation(followUp.status)]);
      const changes: Partial<FollowUp> = {};
      if (input.responsible !== undefined) changes.responsible = input.responsible?.trim() || null;
      if (input.assistant !== undefined) changes.assistant = input.assistant?.trim() || null;
      if (input.methods) changes.methods = [...new Set(input.methods)];
      if (input.plannedOn) changes.plannedOn = input.plannedOn;
      if (input.checklist) changes.checklist = mergeChecklist(followUp.checklist, input.checklist);
      refuseAll(
        preparedViolations(input.checklist, {
          responsible: 'responsible' in changes ? changes.responsible : followUp.responsible,
          assistant: 'assistant' in changes ? changes.assistant : followUp.assistant,
        }),
      );
      return changes;
    });
  }

  start(id: string, by: Identity): Promise<FollowUp> {
    return this.move(id, 'START', by, {});
  }

  async report(input: ReportFollowUpInput, by: Identity, today = stockholmToday()): Promise<FollowUp> {
    refuseAll(deadlineViolations(input.actions, today));
    return this.move(
      input.followUpId,
      'REPORT',
      by,
      { findings: input.findings.trim(), decisionNeeded: input.decisionNeeded, reportedOn: today },
      async (manager, followUp) => {
        const actions = input.actions.map((a) =>
          manager.create(FollowUpAction, {
            id: randomUUID(),
            followUpId: followUp.id,
            description: a.description.trim(),
            deadline: a.deadline,
            status: 'OPEN',
            actionPlan: null,
            completedOn: null,
            recheckNote: null,
            rechecks: [],
            verifiedOn: null,
          }),
        );
        if (actions.length) await manager.insert(FollowUpAction, actions);
      },
    );
  }

  close(id: string, by: Identity, today = stockholmToday()): Promise<FollowUp> {
    return this.move(id, 'CLOSE', by, { closedOn: today });
  }

  cancel(id: string, reason: string, by: Identity): Promise<FollowUp> {
    return this.move(id, 'CANCEL', by, { cancellationReason: reason.trim() });
  }

  publishReport(id: string, by: Identity, today = stockholmToday()): Promise<FollowUp> {
    return this.change(id, by, 'PUBLISHED', async (followUp) => {
      refuseAll([publicationViolation(followUp)]);
      return { publishedOn: today };
    });
  }

  presentToBoard(id: string, meetingOn: string, by: Identity): Promise<FollowUp> {
    return this.change(id, by, 'PRESENTED_TO_BOARD', async (followUp) => {
      refuseAll([boardPresentationViolation(followUp, meetingOn)]);
      return { boardMeetingOn: meetingOn };
    });
  }

  submitActionPlan(actionId: string, plan: string, by: Identity): Promise<FollowUpAction> {
    return this.changeAction(actionId, 'SUBMIT_PLAN', by, { actionPlan: plan.trim() });
  }

  completeAction(actionId: string, by: Identity, today = stockholmToday()): Promise<FollowUpAction> {
    return this.changeAction(actionId, 'COMPLETE', by, { completedOn: today });
  }

  recheckAction(input: RecheckActionInput, by: Identity, today = stockholmToday()): Promise<FollowUpAction> {
    refuseAll(recheckViolations(input, today));
    const note = input.note.trim();
    const recheck = { checkedOn: today, met: input.met, note, newDeadline: input.newDeadline ?? null };
    return this.changeAction(input.actionId, input.met ? 'RECHECK_MET' : 'RECHECK_NOT_MET', by, (action) => ({
      recheckNote: note,
      rechecks: [...(action.rechecks ?? []), recheck],
      ...(input.met
        ? { verifiedOn: today }
        : { completedOn: null, ...(input.newDeadline ? { deadline: input.newDeadline } : {}) }),
    }));
  }

  private async move(
    id: string,
    command: FollowUpCommand,
    by: Identity,
    changes: Partial<FollowUp>,
    after?: (m: EntityManager, f: FollowUp) => Promise<void>,
  ): Promise<FollowUp> {
    return this.change(
      id,
      by,
      DONE[command],
      async (followUp, manager) => {
        const actions = await manager.findBy(FollowUpAction, { followUpId: followUp.id });
        const facts = { ...followUp, ...changes, actionStatuses: actions.map((a) => a.status) };
        const outcome = followUpTransition(command, facts);
        if ('violation' in outcome) throw outcome.violation;
        return { ...changes, status: outcome.to };
      },
      after,
    );
  }

  /** Locks the follow-up, applies a change, records it, and publishes the new state, in one transaction. */
  private async change(
    id: string,
    by: Identity,
    action: string,
    decide: (followUp: FollowUp, manager: EntityManager) => Promise<Partial<FollowUp>>,
    after?: (m: EntityManager, f: FollowUp) => Promise<void>,
  ): Promise<FollowUp> {
    return this.dataSource.transaction(async (manager) => {
      const followUp = await manager.findOne(FollowUp, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!followUp) throw commonViolation('UNKNOWN', 'followUpId', { entity: 'FOLLOW_UP', ids: [id] });
      const changes = await decide(followUp, manager);
      Object.assign(followUp, changes, { version: followUp.version + 1 });
      await manager.update(FollowUp, { id }, { ...changes, version: followUp.version });
      await after?.(manager, followUp);
      await this.changeLog.record(manager, {
        entityType: 'FOLLOW_UP',
        entityId: id,
        action,
        by,
        changes: changes as Record<string, unknown>,
      });
      await this.publish(manager, followUp, eventType(action));
      return followUp;
    });
  }

  private async changeAction(
    id: string,
    command: ActionCommand,
    by: Identity,
    changesFor: Partial<FollowUpAction> | ((action: FollowUpAction) => Partial<FollowUpAction>),
  ): Promise<FollowUpAction> {
    return this.dataSource.transaction(async (manager) => {
      const action = await manager.findOne(FollowUpAction, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!action) throw commonViolation('UNKNOWN', 'actionId', { entity: 'FOLLOW_UP_ACTION', ids: [id] });
      // Another provider's action answers as an unknown one.
      const followUp = visibleOrUnknown(
        by,
        await manager.findOneByOrFail(FollowUp, { id: action.followUpId }),
        'FOLLOW_UP_ACTION',
        'actionId',
        id,
      );
      const outcome = actionTransition(command, action.status, followUp.status);
      if ('violation' in outcome) throw outcome.violation;
      const changes = typeof changesFor === 'function' ? changesFor(action) : changesFor;
      Object.assign(action, changes, { status: outcome.to });
      await manager.update(FollowUpAction, { id }, { ...changes, status: outcome.to });
      await this.changeLog.record(manager, {
        entityType: 'FOLLOW_UP',
        entityId: followUp.id,
        action: `ACTION_${command}`,
        by,
        changes: { actionId: id, ...changes, status: outcome.to },
      });
      await manager.update(FollowUp, { id: followUp.id }, { version: followUp.version + 1 });
      await this.publish(manager, { ...followUp, version: followUp.version + 1 }, 'FollowUpActionChanged');
      return action;
    });
  }

  private async publish(manager: EntityManager, followUp: FollowUp, type: string, openActions?: number): Promise<void> {
    const unitIds = followUp.contractId
      ? (
          await manager.query(`SELECT unit_id FROM contract_unit WHERE contract_id = $1 ORDER BY unit_id`, [
            followUp.contractId,
          ])
        ).map((r: { unit_id: string }) => r.unit_id)
      : [];
    const open =
      openActions ??
      (await manager.count(FollowUpAction, { where: { followUpId: followUp.id, status: Not('VERIFIED') } }));
    const payload: FollowUpEventV1 = {
      id: followUp.id,
      type: followUp.type,
      status: followUp.status,
      contractId: followUp.contractId,
      providerId: followUp.providerId,
      unitIds,
      plannedOn: followUp.plannedOn,
      closedOn: followUp.closedOn,
      decisionNeeded: followUp.decisionNeeded,
      openActions: open,
      version: followUp.version,
    };
    await this.outbox.enqueue(manager, { topic: 'contracts.follow-up.v1', key: followUp.id, type, payload });
  }
}
