import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { canSeeRow, Identity } from '@kvalitetsnav/auth';
import { monthOf, stockholmToday } from '@kvalitetsnav/calendar';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { sourceViolation } from '../case-flows/case-flow-rules';
import { CaseFlowsService } from '../case-flows/case-flows.service';
import {
  MonthlyRowError,
  parseCaseFlowCsv,
  refusedImport,
  rowError,
  unitCodeSystemViolation,
  unknownUnitError,
} from './case-flow-csv-rules';
import { CaseFlowImportResult } from './case-flow-import.models';
import { caseFlowChange, CaseFlowFigures, changeCounts } from './monthly-change-rules';

/**
 * The units a file names (forecasting's copy of contracts' units): by their code in `system`,
 * keyed by code, or without a system by their ids.
 */
export async function importUnits(
  dataSource: DataSource,
  system: string | null,
  ids: readonly string[],
): Promise<Map<string, UnitRef>> {
  if (system === null) {
    const found = ids.length ? await dataSource.getRepository(UnitRef).findBy({ id: In([...new Set(ids)]) }) : [];
    return new Map(found.map((u) => [u.id, u]));
  }
  const coded = await dataSource
    .getRepository(UnitRef)
    .createQueryBuilder('u')
    .where(`u.external_codes @> jsonb_build_array(jsonb_build_object('system', :system::text))`, { system })
    .getMany();
  return new Map(coded.flatMap((u) => u.externalCodes.filter((c) => c.system === system).map((c) => [c.code, u])));
}

/** A whole file or nothing: every row is checked before any is stored, then all go in one transaction. */
@Injectable()
export class CaseFlowImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly caseFlows: CaseFlowsService,
  ) {}

  /**
   * On a dry run every check below runs as for an import, and only the transaction is left out.
   * A row that says what the latest version of its month says is not stored again.
   */
  async import(
    csv: string,
    identity: Identity,
    dryRun = false,
    unitCodeSystem: string | null = null,
  ): Promise<CaseFlowImportResult> {
    const refused = (errors: MonthlyRowError[]) => refusedImport(dryRun, errors);
    const reasons = (await this.caseFlows.reasons()).map((r) => r.code);
    const { rows, errors, unitColumn } = parseCaseFlowCsv(csv, monthOf(stockholmToday()), reasons);
    if (unitColumn) {
      const system = unitCodeSystemViolation(unitColumn, unitCodeSystem);
      if (system) throw system;
    }
    if (errors.length) return refused(errors);
    const units = await importUnits(
      this.dataSource,
      unitColumn === 'unit_code' ? unitCodeSystem : null,
      rows.map((r) => r.unitId),
    );
    const placed = rows.flatMap(({ unitCode, ...row }) => {
      const unit = units.get(unitCode ?? row.unitId);
      // Another provider's unit reads as one that does not exist: an import reveals nothing of others.
      if (!unit || !canSeeRow(identity, unit.providerId)) {
        errors.push(unknownUnitError(row.line, unitCode, row.unitId, unitCodeSystem));
        return [];
      }
      const source = sourceViolation(identity, row.source);
      if (source) errors.push(rowError(row.line, 'source', source));
      return [{ ...row, unitId: unit.id, unitName: unit.name }];
    });
    if (errors.length) return refused(errors);
    const latest = await this.latestReports(placed.map((r) => r.unitId));
    const named = placed.map((row) => ({
      ...row,
      change: caseFlowChange(latest.get(`${row.unitId}:${row.service}:${row.month}:${row.source}`) ?? null, row),
    }));
    const counts = changeCounts(named.map((r) => r.change));
    if (dryRun) return { accepted: true, dryRun, imported: 0, ...counts, rows: named, errors: [] };
    await this.dataSource.transaction(async (manager) => {
      for (const { unitName: _, change, ...row } of named)
        if (change !== 'UNCHANGED') await this.caseFlows.store(manager, row, identity);
    });
    return { accepted: true, dryRun, imported: counts.created + counts.changed, ...counts, rows: named, errors: [] };
  }

  /** The latest version of each unit's services, months and sources, keyed `unitId:service:month:source`. */
  private async latestReports(unitIds: string[]): Promise<Map<string, CaseFlowFigures>> {
    const found: (CaseFlowFigures & { unitId: string; service: string; month: string; source: string })[] =
      await this.dataSource.query(
        `SELECT DISTINCT ON (unit_id, service, month, source) unit_id AS "unitId", service, month, source, incoming,
                outgoing, closed_by_reason AS "closedByReason"
           FROM case_flow_report WHERE unit_id = ANY($1::uuid[]) ORDER BY unit_id, service, month, source, version DESC`,
        [[...new Set(unitIds)]],
      );
    return new Map(found.map((r) => [`${r.unitId}:${r.service}:${r.month}:${r.source}`, r]));
  }
}
