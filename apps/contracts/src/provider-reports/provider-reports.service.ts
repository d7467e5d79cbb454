import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Identity, NO_ROWS, providerFilter } from '@kvalitetsnav/auth';
import { type Half, stockholmToday, swedishDate } from '@kvalitetsnav/calendar';
import { BusinessReportEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { refuseAll, visibleOrUnknown } from '@kvalitetsnav/service-kit';
import { Unit } from '../units/unit.entity';
import { BusinessReport } from './business-report.entity';
import { SubmitBusinessReportInput, SubmitStaffingReportInput } from './provider-reports.inputs';
import {
  businessReportPeriodViolation,
  businessSectionViolations,
  missingReportQueryViolation,
  staffingConsistencyViolations,
  staffingReportPeriodViolation,
  unitsMissingReport,
} from './report-rules';
import { ReportDue } from './provider-reports.models';
import { reportingPeriods, reportsDue } from './report-due-rules';
import { StaffingReport } from './staffing-report.entity';

export type ReportKind = 'BUSINESS' | 'STAFFING';

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
    refuseAll([businessReportPeriodViolation(input.year, today), ...businessSectionViolations(input.sections)]);
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
    refuseAll([staffingReportPeriodViolation(input.year, input.half, today), ...staffingConsistencyViolations(input)]);
    return this.dataSource.transaction((manager) => this.storeStaffingReport(manager, input, by));
  }

  /**
   * Adds a version of a staffing report, with its event, in the caller's transaction (checked
   * reports only: the rules above). An import stores many in one.
   */
  async storeStaffingReport(
    manager: EntityManager,
    input: SubmitStaffingReportInput,
    by: Identity,
  ): Promise<StaffingReport> {
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
  }

  async businessReports(
    identity: Identity,
    filter: { unitId?: string; providerId?: string; year?: number },
  ): Promise<BusinessReport[]> {
    const where = this.scoped(identity, filter);
    if (where === NO_ROWS) return [];
    return this.dataSource
      .getRepository(BusinessReport)
      .find({ where, order: { year: 'DESC', unitId: 'ASC', version: 'DESC' } });
  }

  async staffingReports(
    identity: Identity,
    filter: { unitId?: string; providerId?: string; year?: number; half?: Half },
  ): Promise<StaffingReport[]> {
    const where = this.scoped(identity, filter);
    if (where === NO_ROWS) return [];
    return this.dataSource.getRepository(StaffingReport).find({
      where,
      order: { year: 'DESC', half: 'DESC', unitId: 'ASC', version: 'DESC' },
    });
  }

  /** Every unit's reports of the periods asked about today, the caller's own provider's only. */
  async reportsDue(identity: Identity, providerId?: string, today = stockholmToday()): Promise<ReportDue[]> {
    const where = this.scoped(identity, { providerId });
    if (where === NO_ROWS) return [];
    const units = await this.dataSource.getRepository(Unit).find({ where, order: { name: 'ASC' } });
    if (!units.length) return [];
    const periods = reportingPeriods(today);
    const years = [...new Set(periods.map((p) => p.year))];
    const rows: { unitId: string; kind: ReportKind; year: number; half: Half | null; version: number; at: Date }[] =
      await this.dataSource.query(
        `SELECT unit_id AS "unitId", 'BUSINESS' AS kind, year, NULL::int AS half, version, submitted_at AS at
           FROM business_report WHERE unit_id = ANY($1) AND year = ANY($2)
         UNION ALL
         SELECT unit_id, 'STAFFING', year, half, version, submitted_at
           FROM staffing_report WHERE unit_id = ANY($1) AND year = ANY($2)`,
        [units.map((u) => u.id), years],
      );
    const submissions = rows.map(({ at, ...row }) => ({ ...row, submittedOn: swedishDate(at) }));
    const byId = new Map(units.map((u) => [u.id, u]));
    return reportsDue(
      units.map((u) => u.id),
      periods,
      submissions,
      today,
    ).map(({ unitId, ...item }) => ({ ...item, unit: byId.get(unitId) as Unit }));
  }

  /** Units whose provider has not submitted the report for the period. */
  async missingReports(kind: ReportKind, year: number, half: Half | null): Promise<Unit[]> {
    refuseAll([missingReportQueryViolation(kind, half)]);
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

  /** The filter given, confined to the caller's own provider; NO_ROWS when it asks for another's. */
  private scoped<F extends { providerId?: string }>(identity: Identity, filter: F): F | typeof NO_ROWS {
    const providerId = providerFilter(identity, filter.providerId);
    if (providerId === NO_ROWS) return NO_ROWS;
    const where = Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined && v !== null)) as F;
    return providerId ? { ...where, providerId } : where;
  }

  /**
   * The unit row is locked so two submissions for one unit get consecutive versions. Another
   * provider's unit answers as an unknown one.
   */
  private async lockReportingUnit(manager: EntityManager, unitId: string, by: Identity): Promise<Unit> {
    const unit = await manager.findOne(Unit, { where: { id: unitId }, lock: { mode: 'pessimistic_write' } });
    return visibleOrUnknown(by, unit, 'UNIT', 'unitId', unitId);
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
