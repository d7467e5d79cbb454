import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { canSeeRow, Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { contractsViolation } from '@kvalitetsnav/codes';
import { ProviderReportsService } from '../provider-reports/provider-reports.service';
import { UnitExternalCode } from '../units/unit-external-code.entity';
import { Unit } from '../units/unit.entity';
import { changeCounts, StaffingFigures, staffingChange } from './staffing-change-rules';
import { parseStaffingCsv, StaffingRowError, staffingRowError, unitCodeSystemViolation } from './staffing-csv-rules';
import { StaffingImportResult } from './staffing-import.models';

/** A whole file or nothing: every row is checked before any is stored, then all go in one transaction. */
@Injectable()
export class StaffingImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ProviderReportsService,
  ) {}

  /**
   * On a dry run every check below runs as for an import, and only the transaction is left out.
   * A row that says what the latest version of its half-year says is not stored again.
   */
  async import(
    csv: string,
    identity: Identity,
    dryRun = false,
    today = stockholmToday(),
    unitCodeSystem: string | null = null,
  ): Promise<StaffingImportResult> {
    const refused = (errors: StaffingRowError[]) => ({
      accepted: false,
      dryRun,
      imported: 0,
      created: 0,
      changed: 0,
      unchanged: 0,
      rows: [],
      errors,
    });
    const { rows, errors, unitColumn } = parseStaffingCsv(csv, today);
    if (unitColumn) {
      const system = unitCodeSystemViolation(unitColumn, unitCodeSystem);
      if (system) throw system;
    }
    if (errors.length) return refused(errors);
    const units =
      unitColumn === 'unit_code' ? await this.unitsByCode(unitCodeSystem!, rows) : await this.unitsById(rows);
    const named = rows.flatMap(({ line, unitCode, ...report }) => {
      const key = unitCode ?? report.unitId.toLowerCase();
      const unit = units.get(key);
      // Another provider's unit reads as one that does not exist: an import reveals nothing of others.
      if (unit && canSeeRow(identity, unit.providerId))
        return [{ line, report: { ...report, unitId: unit.id }, unitName: unit.name }];
      errors.push(
        unitCode === undefined
          ? staffingRowError(
              line,
              'unit_id',
              contractsViolation('UNKNOWN', 'unit_id', { entity: 'UNIT', ids: [report.unitId] }),
            )
          : staffingRowError(
              line,
              'unit_code',
              contractsViolation('UNIT_CODE_UNKNOWN', 'unit_code', { system: unitCodeSystem!, code: unitCode }),
            ),
      );
      return [];
    });
    if (errors.length) return refused(errors);

    const latest = await this.latestReports(named.map((r) => r.report.unitId));
    const planned = named.map((r) => {
      const before = latest.get(`${r.report.unitId}:${r.report.year}:${r.report.half}`) ?? null;
      const change = staffingChange(before, r.report);
      const version = before ? before.version + (change === 'UNCHANGED' ? 0 : 1) : 1;
      return { ...r, change, version };
    });
    const counts = changeCounts(planned.map((r) => r.change));
    const shown = planned.map(({ line, report, unitName, change, version }) => ({
      ...report,
      line,
      unitName,
      change,
      version,
    }));
    if (dryRun) return { accepted: true, dryRun, imported: 0, ...counts, rows: shown, errors: [] };
    const stored = await this.dataSource.transaction(async (manager) => {
      const out = [];
      for (const row of planned) {
        if (row.change === 'UNCHANGED') {
          out.push({ ...row.report, line: row.line, unitName: row.unitName, change: row.change, version: row.version });
          continue;
        }
        const saved = await this.reports.storeStaffingReport(manager, row.report, identity);
        out.push({ ...row.report, line: row.line, unitName: row.unitName, change: row.change, version: saved.version });
      }
      return out;
    });
    return { accepted: true, dryRun, imported: counts.created + counts.changed, ...counts, rows: stored, errors: [] };
  }

  /** The units the file names by id, keyed by id in lower case. */
  private async unitsById(rows: { unitId: string }[]): Promise<Map<string, Unit>> {
    const ids = [...new Set(rows.map((r) => r.unitId.toLowerCase()))];
    return new Map((await this.dataSource.getRepository(Unit).findBy({ id: In(ids) })).map((u) => [u.id, u]));
  }

  /** The units the file names by their code in `system`, keyed by code. */
  private async unitsByCode(system: string, rows: { unitCode?: string }[]): Promise<Map<string, Unit>> {
    const codes = [...new Set(rows.flatMap((r) => (r.unitCode === undefined ? [] : [r.unitCode])))];
    const found = await this.dataSource.getRepository(UnitExternalCode).findBy({ system, code: In(codes) });
    const units = found.length
      ? await this.dataSource.getRepository(Unit).findBy({ id: In(found.map((c) => c.unitId)) })
      : [];
    const byId = new Map(units.map((u) => [u.id, u]));
    return new Map(found.flatMap((c) => (byId.has(c.unitId) ? [[c.code, byId.get(c.unitId)!] as const] : [])));
  }

  /** The latest version of each unit's half-years, keyed `unitId:year:half`. */
  private async latestReports(unitIds: string[]): Promise<Map<string, StaffingFigures & { version: number }>> {
    const found: (StaffingFigures & { unitId: string; year: number; half: number; version: number })[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (unit_id, year, half) unit_id AS "unitId", year, half, version, managers, permanent,
                temporary, hourly, sick_leave_percent::float8 AS "sickLeavePercent",
                staff_turnover_percent::float8 AS "staffTurnoverPercent", job_titles AS "jobTitles"
           FROM staffing_report WHERE unit_id = ANY($1::uuid[]) ORDER BY unit_id, year, half, version DESC`,
        [[...new Set(unitIds)]],
      );
    return new Map(found.map((r) => [`${r.unitId}:${r.year}:${r.half}`, r]));
  }
}
