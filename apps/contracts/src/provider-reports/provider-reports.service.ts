import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Identity, ownProviderId } from '@kvalitetsnav/auth';
import { BusinessReportEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { stockholmToday } from '@kvalitetsnav/service-kit';
import { ContractsError, ContractsErrorCode } from '../errors/contracts-error';
import { Unit } from '../units/unit.entity';
import { BusinessReport } from './business-report.entity';
import { SubmitBusinessReportInput, SubmitStaffingReportInput } from './provider-report.inputs';
import {
  businessReportPeriodProblem,
  businessSectionProblems,
  Half,
  RuleProblem,
  staffingConsistencyProblems,
  staffingReportPeriodProblem,
  unitsMissingReport,
} from './report-rules';
import { StaffingReport } from './staffing-report.entity';

export type ReportKind = 'BUSINESS' | 'STAFFING';

function refuse(problems: (RuleProblem | null)[]): void {
  const real = problems.filter((p): p is RuleProblem => p !== null);
  if (real.length)
    throw new ContractsError(
      ContractsErrorCode.VALIDATION_FAILED,
      real.map((p) => p.message).join('; '),
      real[0].field,
    );
}

@Injectable()
export class ProviderReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async submitBusinessReport(
    input: SubmitBusinessReportInput,
    by: Identity,
    today = stockholmToday(),
  ): Promise<BusinessReport> {
    refuse([businessReportPeriodProblem(input.year, today), ...businessSectionProblems(input.sections)]);
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.lockReportingUnit(manager, input.unitId, by);
      const version = await this.nextVersion(manager, 'business_report', 'unit_id = $1 AND year = $2', [
        unit.id,
        input.year,
      ]);
      const report = manager.create(BusinessReport, {
        id: randomUUID(),
        unitId: unit.id,
        providerId: unit.providerId,
        year: input.year,
        version,
        sections: input.sections.map((s) => ({ section: s.section, text: s.text.trim() })),
        figures: { ...(input.figures ?? {}) },
        submittedBy: by.sub,
        submittedAt: new Date(),
      });
      await manager.insert(BusinessReport, report);
      await this.publish(manager, { ...report, kind: 'BUSINESS', half: null, staffing: null });
      return report;
    });
  }

  async submitStaffingReport(
    input: SubmitStaffingReportInput,
    by: Identity,
    today = stockholmToday(),
  ): Promise<StaffingReport> {
    refuse([staffingReportPeriodProblem(input.year, input.half, today), ...staffingConsistencyProblems(input)]);
    return this.dataSource.transaction(async (manager) => {
      const unit = await this.lockReportingUnit(manager, input.unitId, by);
      const version = await this.nextVersion(manager, 'staffing_report', 'unit_id = $1 AND year = $2 AND half = $3', [
        unit.id,
        input.year,
        input.half,
      ]);
      const report = manager.create(StaffingReport, {
        ...input,
        id: randomUUID(),
        providerId: unit.providerId,
        version,
        jobTitles: input.jobTitles.map((t) => ({ title: t.title.trim(), headcount: t.headcount })),
        submittedBy: by.sub,
        submittedAt: new Date(),
      });
      await manager.insert(StaffingReport, report);
      const { managers, permanent, temporary, hourly, sickLeavePercent, staffTurnoverPercent } = report;
      await this.publish(manager, {
        ...report,
        kind: 'STAFFING',
        staffing: { managers, permanent, temporary, hourly, sickLeavePercent, staffTurnoverPercent },
      });
      return report;
    });
  }

  businessReports(
    identity: Identity,
    filter: { unitId?: string; providerId?: string; year?: number },
  ): Promise<BusinessReport[]> {
    return this.dataSource
      .getRepository(BusinessReport)
      .find({ where: this.scoped(identity, filter), order: { year: 'DESC', unitId: 'ASC', version: 'DESC' } });
  }

  staffingReports(
    identity: Identity,
    filter: { unitId?: string; providerId?: string; year?: number; half?: Half },
  ): Promise<StaffingReport[]> {
    return this.dataSource.getRepository(StaffingReport).find({
      where: this.scoped(identity, filter),
      order: { year: 'DESC', half: 'DESC', unitId: 'ASC', version: 'DESC' },
    });
  }

  /** Units whose provider has not submitted the report for the period. */
  async missingReports(kind: ReportKind, year: number, half: Half | null): Promise<Unit[]> {
    if (kind === 'STAFFING' && half === null)
      throw new ContractsError(ContractsErrorCode.VALIDATION_FAILED, 'half is required for STAFFING reports', 'half');
    const units = await this.dataSource
      .getRepository(Unit)
      .find({ relations: { provider: true }, order: { name: 'ASC' } });
    const table = kind === 'BUSINESS' ? 'business_report' : 'staffing_report';
    const reported = await this.dataSource.query(
      `SELECT DISTINCT unit_id AS "unitId", year, ${kind === 'BUSINESS' ? 'NULL::int' : 'half'} AS half FROM ${table} WHERE year = $1`,
      [year],
    );
    return unitsMissingReport(units, reported, year, kind === 'BUSINESS' ? null : half);
  }

  private scoped<F extends { providerId?: string }>(identity: Identity, filter: F): F | { id: string } {
    const own = ownProviderId(identity);
    if (own && filter.providerId && filter.providerId !== own) return { id: randomUUID() }; // matches nothing
    const where = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null)) as F;
    return own ? { ...where, providerId: own } : where;
  }

  /** The unit row is locked so two submissions for one unit get consecutive versions. */
  private async lockReportingUnit(manager: EntityManager, unitId: string, by: Identity): Promise<Unit> {
    const unit = await manager.findOne(Unit, { where: { id: unitId }, lock: { mode: 'pessimistic_write' } });
    if (!unit) throw new ContractsError(ContractsErrorCode.NOT_FOUND, `unitId ${unitId} is not a known unit`, 'unitId');
    const own = ownProviderId(by);
    if (own && own !== unit.providerId)
      throw new ContractsError(
        ContractsErrorCode.FORBIDDEN,
        `unitId ${unitId} is a unit of another provider`,
        'unitId',
      );
    return unit;
  }

  private async nextVersion(manager: EntityManager, table: string, where: string, params: unknown[]): Promise<number> {
    const [{ max }] = await manager.query(
      `SELECT COALESCE(MAX(version), 0) AS max FROM ${table} WHERE ${where}`,
      params,
    );
    return Number(max) + 1;
  }

  private async publish(
    manager: EntityManager,
    report: Pick<
      BusinessReportEventV1,
      'id' | 'kind' | 'unitId' | 'providerId' | 'year' | 'half' | 'version' | 'staffing'
    > & { submittedAt: Date },
  ): Promise<void> {
    const payload: BusinessReportEventV1 = {
      id: report.id,
      kind: report.kind,
      unitId: report.unitId,
      providerId: report.providerId,
      year: report.year,
      half: report.half,
      version: report.version,
      submittedAt: report.submittedAt.toISOString(),
      staffing: report.staffing,
    };
    const type = report.kind === 'BUSINESS' ? 'BusinessReportSubmitted' : 'StaffingReportSubmitted';
    await this.outbox.enqueue(manager, { topic: 'contracts.business-report.v1', key: report.unitId, type, payload });
  }
}
