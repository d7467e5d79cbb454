import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { type Half, halfEnd, halfStart, stockholmToday } from '@kvalitetsnav/calendar';
import { commonViolation, contractsViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { selectionReason } from '@kvalitetsnav/swedish';
import { ChangeLogService } from '../change-log/change-log.service';
import { Contract } from '../contracts/contract.entity';
import { FollowUp } from '../follow-ups/follow-up.entity';
import { FollowUpsService } from '../follow-ups/follow-ups.service';
import { ContractRiskService } from '../risk-signals/contract-risk.service';
import { FollowUpPlan } from './follow-up-plan.entity';
import { FollowUpSelection } from './follow-up-selection.entity';
import { FollowUpProposal, PlanProgress } from './planning.models';
import { AcceptedProposalInput, FollowUpPlanInput, PlanFollowUpsInput } from './planning.inputs';
import { acceptanceViolations, acceptedProposals, focusAreasOf, plannedOnForHalf, planProgress } from './plan-rules';
import { SelectionCandidate, selectFollowUps, withReasonCodes } from './selection-rules';

const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);

@Injectable()
export class PlanningService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly risk: ContractRiskService,
    private readonly followUps: FollowUpsService,
    private readonly changeLog: ChangeLogService,
  ) {}

  plan(year: number): Promise<FollowUpPlan | null> {
    return this.dataSource.getRepository(FollowUpPlan).findOneBy({ year });
  }

  plans(): Promise<FollowUpPlan[]> {
    return this.dataSource.getRepository(FollowUpPlan).find({ order: { year: 'DESC' } });
  }

  async savePlan(input: FollowUpPlanInput, by: Identity): Promise<FollowUpPlan> {
    const focusAreas = focusAreasOf(input.focusAreas);
    return this.dataSource.transaction(async (manager) => {
      const existing = await manager.findOne(FollowUpPlan, {
        where: { year: input.year },
        lock: { mode: 'pessimistic_write' },
      });
      const plan = existing ?? manager.create(FollowUpPlan, { id: randomUUID(), year: input.year });
      Object.assign(plan, {
        focusAreas,
        targetFirstHalf: input.targetFirstHalf,
        targetSecondHalf: input.targetSecondHalf,
        decidedBy: by.sub,
      });
      await manager.save(FollowUpPlan, plan);
      await this.changeLog.record(manager, {
        entityType: 'FOLLOW_UP_PLAN',
        entityId: plan.id,
        action: existing ? 'UPDATED' : 'CREATED',
        by,
        changes: { ...input, focusAreas },
      });
      return plan;
    });
  }

  async progress(plan: FollowUpPlan): Promise<PlanProgress[]> {
    const rows: { half: number; planned: string; done: string }[] = await this.dataSource.query(
      `SELECT CASE WHEN extract(month FROM planned_on) <= 6 THEN 1 ELSE 2 END AS half,
              count(*) AS planned, count(*) FILTER (WHERE status IN ('REPORTED', 'CLOSED')) AS done
         FROM follow_up WHERE type = 'SPECIFIC' AND status <> 'CANCELLED' AND planned_on BETWEEN $1 AND $2 GROUP BY 1`,
      [`${plan.year}-01-01`, `${plan.year}-12-31`],
    );
    return planProgress(
      plan,
      rows.map((r) => ({ half: Number(r.half), planned: Number(r.planned), done: Number(r.done) })),
    );
  }

  selections(planId: string): Promise<FollowUpSelection[]> {
    return this.dataSource.getRepository(FollowUpSelection).find({ where: { planId }, order: { createdAt: 'DESC' } });
  }

  selection(id: string): Promise<FollowUpSelection | null> {
    return this.dataSource.getRepository(FollowUpSelection).findOneBy({ id });
  }

  async planFollowUps(input: PlanFollowUpsInput, by: Identity): Promise<FollowUpSelection> {
    const plan = await this.plan(input.year);
    if (!plan) throw contractsViolation('NO_PLAN_FOR_YEAR', 'year', { year: input.year });
    const asOf = input.asOf ?? stockholmToday();
    const seed = input.seed ?? randomBytes(12).toString('base64url');
    const candidates = await this.candidates(input.year, input.half, asOf);
    const result = selectFollowUps({
      count: input.count,
      candidates,
      orderedContractIds: input.orderedContractIds,
      seed,
    });
    const selection = this.dataSource.getRepository(FollowUpSelection).create({
      id: randomUUID(),
      planId: plan.id,
      half: input.half,
      count: input.count,
      seed,
      asOf,
      orderedContractIds: input.orderedContractIds,
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
      const year = selection.plan!.year;
      refuseAll(
        acceptanceViolations({
          proposed: proposals.map((p) => p.contractId),
          contractIds,
          details,
          half: { from: halfStart(year, selection.half), to: halfEnd(year, selection.half) },
        }),
      );
      const plannedOn = plannedOnForHalf(year, selection.half, stockholmToday());
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

  /** Contracts running at some point in the half-year, with their risk and whether they have had a specific follow-up this period. */
  private async candidates(year: number, half: Half, asOf: string): Promise<SelectionCandidate[]> {
    const from = halfStart(year, half);
    const to = halfEnd(year, half);
    const contracts = await this.dataSource
      .getRepository(Contract)
      .createQueryBuilder('c')
      .where('c.start_date <= :to', { to })
      .andWhere('(c.end_date IS NULL OR c.end_date >= :from)', { from })
      .andWhere('(c.terminated_on IS NULL OR c.terminated_on > :from)', { from })
      .getMany();
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
