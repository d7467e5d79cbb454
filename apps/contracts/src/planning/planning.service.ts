import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { commonViolation, contractsViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { selectionReason } from '@kvalitetsnav/swedish';
import { OrderingListService } from '../ordering-list/ordering-list.service';
import { BoardsService } from '../boards/boards.service';
import { ChangeLogService } from '../change-log/change-log.service';
import { Contract } from '../contracts/contract.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { ContractRiskService } from '../risk-signals/contract-risk.service';
import { FollowUpPlan } from './follow-up-plan.entity';
import { FollowUpSelection } from './follow-up-selection.entity';
import { FollowUpProposal, PlanProgress } from './planning.models';
import { AcceptedProposalInput, FollowUpPlanInput, PlanFollowUpsInput } from './planning.inputs';
import { acceptanceViolations, acceptedProposals, focusAreasOf } from './plan-rules';
import {
  PlanPeriod,
  periodNumbered,
  periodsInOrder,
  plannedOnForPeriod,
  planPeriodViolations,
  planProgress,
} from './plan-period-rules';
import { SelectionCandidate, selectFollowUps, withReasonCodes } from './selection-rules';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);

@Injectable()
export class PlanningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly risk: ContractRiskService,
    private readonly followUps: FollowUpsService,
    private readonly changeLog: ChangeLogService,
    private readonly boards: BoardsService,
    private readonly orderingList: OrderingListService,
  ) {}

  /** The board's plan for the year; without a board, the municipality-wide one. */
  plan(year: number, boardId?: string | null, manager: EntityManager = this.dataSource.manager) {
    return manager.findOneBy(FollowUpPlan, { year, boardId: boardId ?? IsNull() });
  }

  /** Every plan, newest year first; the board's only when one is named. */
  plans(boardId?: string | null): Promise<FollowUpPlan[]> {
    return this.dataSource
      .getRepository(FollowUpPlan)
      .find({ where: boardId ? { boardId } : {}, order: { year: 'DESC', createdAt: 'ASC' } });
  }

  async savePlan(input: FollowUpPlanInput, by: Identity): Promise<FollowUpPlan> {
    const focusAreas = focusAreasOf(input.focusAreas);
    const given: PlanPeriod[] = input.periods.map(({ startsOn, endsOn, target }) => ({ startsOn, endsOn, target }));
    refuseAll(planPeriodViolations(input.year, given));
    const periods = periodsInOrder(given);
    const boardId = input.boardId ?? null;
    return this.dataSource.transaction(async (manager) => {
      await this.boards.knownBoard(manager, boardId);
      const existing = await manager.findOne(FollowUpPlan, {
        where: { year: input.year, boardId: boardId ?? IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      const plan = existing ?? manager.create(FollowUpPlan, { id: randomUUID(), year: input.year, boardId });
      Object.assign(plan, { focusAreas, periods, decidedBy: by.sub });
      await manager.save(FollowUpPlan, plan);
      await this.changeLog.record(manager, {
        entityType: 'FOLLOW_UP_PLAN',
        entityId: plan.id,
        action: existing ? 'UPDATED' : 'CREATED',
        by,
        changes: { year: input.year, boardId, focusAreas, periods },
      });
      return plan;
    });
  }

  /** Per the plan's own periods; a board's plan counts the follow-ups of its board's contracts. */
  async progress(plan: FollowUpPlan): Promise<PlanProgress[]> {
    const rows: { period: string; planned: string; done: string }[] = await this.dataSource.query(
      `SELECT p.n AS period, count(*) AS planned, count(*) FILTER (WHERE f.status IN ('REPORTED', 'CLOSED')) AS done
         FROM unnest($1::date[], $2::date[]) WITH ORDINALITY AS p(starts_on, ends_on, n)
         JOIN follow_up f ON f.planned_on BETWEEN p.starts_on AND p.ends_on
         LEFT JOIN contract c ON c.id = f.contract_id
        WHERE f.type = 'SPECIFIC' AND f.status <> 'CANCELLED' AND ($3::uuid IS NULL OR c.board_id = $3)
        GROUP BY p.n`,
      [plan.periods.map((p) => p.startsOn), plan.periods.map((p) => p.endsOn), plan.boardId],
    );
    return planProgress(
      plan.periods,
      rows.map((r) => ({ period: Number(r.period), planned: Number(r.planned), done: Number(r.done) })),
    );
  }

  selections(planId: string): Promise<FollowUpSelection[]> {
    return this.dataSource.getRepository(FollowUpSelection).find({ where: { planId }, order: { createdAt: 'DESC' } });
  }

  selection(id: string): Promise<FollowUpSelection | null> {
    return this.dataSource.getRepository(FollowUpSelection).findOneBy({ id });
  }

  async planFollowUps(input: PlanFollowUpsInput, by: Identity): Promise<FollowUpSelection> {
    const plan = await this.plan(input.year, input.boardId);
    if (!plan) throw contractsViolation('NO_PLAN_FOR_YEAR', 'year', { year: input.year });
    const period = periodNumbered(plan.periods, input.period);
    if (!period)
      throw contractsViolation('PLAN_PERIOD_UNKNOWN', 'period', { period: input.period, periods: plan.periods.length });
    const asOf = input.asOf ?? stockholmToday();
    const seed = input.seed ?? randomBytes(12).toString('base64url');
    const candidates = await this.candidates(period, plan.boardId, asOf);
    const orderedContractIds = input.orderedContractIds ?? (await this.orderingList.contractIds());
    const result = selectFollowUps({ count: input.count, candidates, orderedContractIds, seed });
    const selection = this.dataSource.getRepository(FollowUpSelection).create({
      id: randomUUID(),
      planId: plan.id,
      period: input.period,
      count: input.count,
      seed,
      asOf,
      orderedContractIds,
      result,
      createdBy: by.sub,
    });
    await this.dataSource.getRepository(FollowUpSelection).insert(selection);
    return selection;
  }

  /**
   * Turns a selection's proposals (all, or those named) into planned specific follow-ups, each
   * with its responsible official and planned date where the official gave them.
   */
  async accept(
    selectionId: string,
    contractIds: string[] | null,
    by: Identity,
    details: AcceptedProposalInput[] | null = null,
  ): Promise<FollowUp[]> {
    return this.dataSource.transaction(async (manager) => {
      const selection = await manager.findOne(FollowUpSelection, {
        where: { id: selectionId },
        relations: { plan: true },
        lock: { mode: 'pessimistic_write', tables: ['follow_up_selection'] },
      });
      if (!selection)
        throw commonViolation('UNKNOWN', 'selectionId', { entity: 'FOLLOW_UP_SELECTION', ids: [selectionId] });
      if (await manager.existsBy(FollowUp, { selectionId }))
        throw contractsViolation('SELECTION_ALREADY_ACCEPTED', 'selectionId');
      const { proposals } = withReasonCodes(selection.result);
      // A plan whose periods were changed since keeps the selection to a period it still has.
      const period = periodNumbered(selection.plan!.periods, selection.period);
      if (!period)
        throw contractsViolation('PLAN_PERIOD_UNKNOWN', 'selectionId', {
          period: selection.period,
          periods: selection.plan!.periods.length,
        });
      refuseAll(
        acceptanceViolations({
          proposed: proposals.map((p) => p.contractId),
          contractIds,
          details,
          period: { from: period.startsOn, to: period.endsOn },
        }),
      );
      const plannedOn = plannedOnForPeriod(period, stockholmToday());
      const created: FollowUp[] = [];
      for (const { proposal: p, responsible, plannedOn: chosenDay } of acceptedProposals(
        proposals,
        contractIds,
        details,
      )) {
        created.push(
          await this.followUps.createIn(
            manager,
            {
              type: 'SPECIFIC',
              title: `Fördjupad uppföljning ${p.reference}`,
              // Officials read the purpose as they read the title: in Swedish, from the catalogue.
              purpose: capitalised(selectionReason(p)),
              contractId: p.contractId,
              plannedOn: chosenDay ?? plannedOn,
              responsible,
              selectionId,
              selectionThird: p.third,
            },
            by,
          ),
        );
      }
      return created;
    });
  }

  /** A selection's proposals, each with its contract and its reason as a code. */
  async proposals(selection: FollowUpSelection): Promise<FollowUpProposal[]> {
    const { proposals } = withReasonCodes(selection.result);
    const ids = proposals.map((p) => p.contractId);
    const contracts = ids.length ? await this.dataSource.getRepository(Contract).findBy({ id: In(ids) }) : [];
    return proposals.map((p) => ({ ...p, contract: contracts.find((c) => c.id === p.contractId) ?? null }));
  }

  /**
   * Contracts (the board's, for a board's plan) running at some point in the plan period, with
   * their risk and whether they have had a specific follow-up this contract period.
   */
  private async candidates(period: PlanPeriod, boardId: string | null, asOf: string): Promise<SelectionCandidate[]> {
    const { startsOn: from, endsOn: to } = period;
    const query = this.dataSource
      .getRepository(Contract)
      .createQueryBuilder('c')
      .where('c.start_date <= :to', { to })
      .andWhere('(c.end_date IS NULL OR c.end_date >= :from)', { from })
      .andWhere('(c.terminated_on IS NULL OR c.terminated_on > :from)', { from });
    if (boardId) query.andWhere('c.board_id = :boardId', { boardId });
    const contracts = await query.getMany();
    const followed: { contract_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT f.contract_id FROM follow_up f JOIN contract c ON c.id = f.contract_id
        WHERE f.type = 'SPECIFIC' AND f.status <> 'CANCELLED' AND f.planned_on >= c.start_date AND c.id = ANY($1)`,
      [contracts.map((c) => c.id)],
    );
    const risks = await this.risk.assess(contracts, asOf);
    return contracts.map((c) => {
      const risk = risks.get(c.id)!;
      return {
        contractId: c.id,
        reference: c.reference,
        complaints: risk.complaints,
        riskScore: risk.score,
        riskParts: risk.parts,
        followedUpInDepthThisPeriod: followed.some((f) => f.contract_id === c.id),
      };
    });
  }
}
