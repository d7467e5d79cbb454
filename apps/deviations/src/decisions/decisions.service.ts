import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { Identity } from '@kvalitetsnav/auth';
import { quarterBounds, stockholmToday } from '@kvalitetsnav/calendar';
import { commonViolation, deviationsViolation } from '@kvalitetsnav/codes';
import { loadServiceAreaList } from '@kvalitetsnav/unit-catalogue';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { AccessLogService } from '../access-log/access-log.service';
import { DecisionNotExecuted } from './decision-not-executed.entity';
import { DecisionQuarterReport } from './decision-quarter-report.entity';
import {
  decisionDateViolation,
  executionViolation,
  interruptionViolation,
  quarterBreakdown,
  quarterName,
  quarterReports,
  quarterReportViolation,
  reportableInQuarter,
  yearViolation,
} from './decision-rules';
import { MarkDecisionExecutedInput, DecisionQuarterInput, RegisterDecisionNotExecutedInput } from './decisions.inputs';
import { DecisionQuarterBreakdown, QuarterReport } from './decisions.models';

@Injectable()
export class DecisionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly accessLog: AccessLogService,
  ) {}

  async register(
    input: RegisterDecisionNotExecutedInput,
    by: Identity,
    today = stockholmToday(),
  ): Promise<DecisionNotExecuted> {
    const areas = await loadServiceAreaList(this.dataSource);
    refuseAll([
      areas.has(input.serviceArea)
        ? null
        : commonViolation('UNKNOWN', 'serviceArea', { entity: 'SERVICE_AREA', ids: [input.serviceArea] }),
      decisionDateViolation(input.decidedOn, today),
      input.interruptedOn ? interruptionViolation(input.decidedOn, input.interruptedOn, today) : null,
    ]);
    const decision = this.dataSource.getRepository(DecisionNotExecuted).create({
      ...input,
      id: randomUUID(),
      intervention: input.intervention.trim(),
      reason: input.reason.trim(),
      interruptedOn: input.interruptedOn ?? null,
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

  /** The list, its reading logged when the caller selected individual data (loggedRead). */
  async read(openOnly: boolean, identity: Identity, selected: readonly string[]): Promise<DecisionNotExecuted[]> {
    const decisions = await this.list(openOnly);
    await this.accessLog.logRead(
      identity,
      'decisionsNotExecuted',
      selected,
      decisions.map((d) => d.id),
    );
    return decisions;
  }

  /** The quarter report, the reading of its decisions logged as with the list; its groups are not. */
  async readBreakdown(
    year: number,
    quarter: number,
    identity: Identity,
    selected: readonly string[],
  ): Promise<DecisionQuarterBreakdown> {
    const breakdown = await this.breakdown(year, quarter);
    await this.accessLog.logRead(
      identity,
      'decisionsNotExecutedQuarterReport.decisions',
      selected,
      breakdown.decisions.map((d) => d.id),
    );
    return breakdown;
  }

  async quarters(year: number, today = stockholmToday()): Promise<QuarterReport[]> {
    refuseAll([yearViolation(year)]);
    const [decisions, reports, areas] = await Promise.all([
      this.decisionsTouching(`${year}-01-01`, `${year}-12-31`),
      this.dataSource.getRepository(DecisionQuarterReport).find({ where: { year } }),
      loadServiceAreaList(this.dataSource),
    ]);
    return quarterReports(decisions, year, areas).map((counts, i) => {
      const reported = reports.find((r) => r.quarter === i + 1) ?? null;
      return {
        ...counts,
        year,
        number: i + 1,
        ended: quarterBounds(counts.quarter).to < today,
        reportedAt: reported?.reportedAt ?? null,
        reportedOn: reported ? stockholmToday(reported.reportedAt) : null,
        reportedBy: reported?.reportedByName ?? null,
        reportedCount: reported?.reportedCount ?? null,
      };
    });
  }

  async breakdown(year: number, quarter: number, today = stockholmToday()): Promise<DecisionQuarterBreakdown> {
    const name = quarterName(year, quarter);
    const { from, to } = quarterBounds(name);
    const decisions = await this.decisionsTouching(from, to);
    const status = (await this.quarters(year, today))[quarter - 1];
    return { ...quarterBreakdown(decisions, name), decisions: reportableInQuarter(decisions, name), status };
  }

  /** Once per quarter, after it has ended; the row's primary key makes a second, concurrent one fail too. */
  async recordQuarterReported(
    input: DecisionQuarterInput,
    by: Identity,
    today = stockholmToday(),
  ): Promise<QuarterReport> {
    await this.dataSource.transaction(async (manager) => {
      const reports = manager.getRepository(DecisionQuarterReport);
      const existing = await reports.findOne({ where: { year: input.year, quarter: input.quarter } });
      refuseAll([quarterReportViolation(input.year, input.quarter, today, existing)]);
      const name = quarterName(input.year, input.quarter);
      const { from, to } = quarterBounds(name);
      const reportable = reportableInQuarter(await this.decisionsTouching(from, to, manager), name);
      await reports.insert({
        year: input.year,
        quarter: input.quarter,
        reportedCount: reportable.length,
        reportedAt: new Date(),
        reportedBy: by.sub,
        reportedByName: by.name,
      });
    });
    return (await this.quarters(input.year, today))[input.quarter - 1];
  }

  /** Every decision that can be reportable in a quarter within from–to: decided by its end, not executed before its start. */
  private decisionsTouching(from: string, to: string, source: EntityManager = this.dataSource.manager) {
    return source
      .getRepository(DecisionNotExecuted)
      .createQueryBuilder('d')
      .where('d.decidedOn <= :to AND (d.executedOn IS NULL OR d.executedOn >= :from)', { from, to })
      .orderBy('d.decidedOn', 'ASC')
      .addOrderBy('d.createdAt', 'ASC')
      .getMany();
  }
}
