import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { canSeeRow, Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { contractsViolation } from '@kvalitetsnav/codes';
import { ProviderReportsService } from '../provider-reports/provider-reports.service';
import { Unit } from '../units/unit.entity';
import { parseStaffingCsv, StaffingRowError, staffingRowError } from './staffing-csv-rules';
import { StaffingImportResult } from './staffing-import.models';

/** A whole file or nothing: every row is checked before any is stored, then all go in one transaction. */
@Injectable()
export class StaffingImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reports: ProviderReportsService,
  ) {}

  /** On a dry run every check below runs as for an import, and only the transaction is left out. */
  async import(
    csv: string,
    identity: Identity,
    dryRun = false,
    today = stockholmToday(),
  ): Promise<StaffingImportResult> {
    const refused = (errors: StaffingRowError[]) => ({ accepted: false, dryRun, imported: 0, rows: [], errors });
    const { rows, errors } = parseStaffingCsv(csv, today);
    if (errors.length) return refused(errors);
    const ids = [...new Set(rows.map((r) => r.unitId.toLowerCase()))];
    const units = new Map((await this.dataSource.getRepository(Unit).findBy({ id: In(ids) })).map((u) => [u.id, u]));
    const named = rows.flatMap(({ line, ...report }) => {
      const unit = units.get(report.unitId.toLowerCase());
      // Another provider's unit reads as one that does not exist: an import reveals nothing of others.
      if (unit && canSeeRow(identity, unit.providerId))
        return [{ line, report: { ...report, unitId: unit.id }, unitName: unit.name }];
      errors.push(
        staffingRowError(
          line,
          'unit_id',
          contractsViolation('UNKNOWN', 'unit_id', { entity: 'UNIT', ids: [report.unitId] }),
        ),
      );
      return [];
    });
    if (errors.length) return refused(errors);

    if (dryRun) {
      const latest = await this.latestVersions(named.map((r) => r.report.unitId));
      return {
        accepted: true,
        dryRun,
        imported: 0,
        rows: named.map(({ line, report, unitName }) => ({
          ...report,
          line,
          unitName,
          version: (latest.get(`${report.unitId}:${report.year}:${report.half}`) ?? 0) + 1,
        })),
        errors: [],
      };
    }
    const stored = await this.dataSource.transaction(async (manager) => {
      const out = [];
      for (const { line, report, unitName } of named) {
        const saved = await this.reports.storeStaffingReport(manager, report, identity);
        out.push({ ...report, line, unitName, version: saved.version });
      }
      return out;
    });
    return { accepted: true, dryRun, imported: stored.length, rows: stored, errors: [] };
  }

  /** The latest version of each unit's half-years, keyed `unitId:year:half`. */
  private async latestVersions(unitIds: string[]): Promise<Map<string, number>> {
    const found: { unitId: string; year: number; half: number; max: number }[] = await this.dataSource.query(
      `SELECT unit_id AS "unitId", year, half, MAX(version) AS max FROM staffing_report WHERE unit_id = ANY($1::uuid[]) GROUP BY unit_id, year, half`,
      [[...new Set(unitIds)]],
    );
    return new Map(found.map((r) => [`${r.unitId}:${r.year}:${r.half}`, Number(r.max)]));
  }
}
