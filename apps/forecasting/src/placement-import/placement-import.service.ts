import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { canSeeRow, Identity } from '@kvalitetsnav/auth';
import { monthOf, stockholmToday } from '@kvalitetsnav/calendar';
import {
  MonthlyRowError,
  refusedImport,
  rowError,
  unitCodeSystemViolation,
  unknownUnitError,
} from '../case-flow-import/case-flow-csv-rules';
import { importUnits } from '../case-flow-import/case-flow-import.service';
import { changeCounts, PlacementFigures, placementChange } from '../case-flow-import/monthly-change-rules';
import { placementUnitViolation } from '../placements/placement-rules';
import { PlacementsService } from '../placements/placements.service';
import { parsePlacementCsv } from './placement-csv-rules';
import { PlacementImportResult } from './placement-import.models';

/** A whole file or nothing: every row is checked before any is stored, then all go in one transaction. */
@Injectable()
export class PlacementImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly placements: PlacementsService,
  ) {}

  /**
   * On a dry run every check below runs as for an import, and only the transaction is left out.
   * A row that says what was reported before for its month, form and unit is not stored again.
   */
  async import(
    csv: string,
    identity: Identity,
    dryRun = false,
    unitCodeSystem: string | null = null,
  ): Promise<PlacementImportResult> {
    const refused = (errors: MonthlyRowError[]) => refusedImport(dryRun, errors);
    const { rows, errors, unitColumn } = parsePlacementCsv(csv, monthOf(stockholmToday()));
    const system = unitCodeSystemViolation(unitColumn, unitCodeSystem);
    if (system && (unitColumn || !errors.length)) throw system;
    if (errors.length) return refused(errors);
    const byCode = unitColumn === 'unit_code';
    const units = await importUnits(
      this.dataSource,
      byCode ? unitCodeSystem : null,
      rows.flatMap((r) => (r.unitId ? [r.unitId] : [])),
    );
    const placed = rows.flatMap(({ unitCode, ...row }) => {
      const key = unitCode ?? row.unitId;
      const column = byCode ? 'unit_code' : 'unit_id';
      const unit = key ? units.get(key) : undefined;
      // Another provider's unit reads as one that does not exist: an import reveals nothing of others.
      if (key && (!unit || !canSeeRow(identity, unit.providerId))) {
        errors.push(unknownUnitError(row.line, unitCode, key, unitCodeSystem));
        return [];
      }
      const missing = placementUnitViolation(identity, unit?.id ?? null, column);
      if (missing) errors.push(rowError(row.line, column, missing));
      return [{ ...row, unitId: unit?.id ?? null, unitName: unit?.name ?? null }];
    });
    if (errors.length) return refused(errors);
    const before = await this.reportedBefore(placed);
    const named = placed.map((row) => ({
      ...row,
      change: placementChange(before.get(`${row.unitId ?? ''}:${row.month}:${row.form}`) ?? null, row),
    }));
    const counts = changeCounts(named.map((r) => r.change));
    if (dryRun) return { accepted: true, dryRun, imported: 0, ...counts, rows: named, errors: [] };
    await this.dataSource.transaction(async (manager) => {
      for (const { unitName: _, change, ...row } of named)
        if (change !== 'UNCHANGED') await this.placements.store(manager, row, identity);
    });
    return { accepted: true, dryRun, imported: counts.created + counts.changed, ...counts, rows: named, errors: [] };
  }

  /** What was reported for the rows' months, forms and units, keyed `unitId:month:form` ('' for none). */
  private async reportedBefore(
    rows: { unitId: string | null; month: string; form: string }[],
  ): Promise<Map<string, PlacementFigures>> {
    const months = [...new Set(rows.map((r) => r.month))];
    const found: (PlacementFigures & { unitId: string | null; month: string; form: string })[] =
      await this.dataSource.query(
        `SELECT unit_id AS "unitId", month, form, placed, care_days AS "careDays", cost_sek::float8 AS "costSek", ended,
                ended_duration_days AS "endedDurationDays"
           FROM placement_report WHERE month = ANY($1::text[])`,
        [months],
      );
    return new Map(found.map((r) => [`${r.unitId ?? ''}:${r.month}:${r.form}`, r]));
  }
}
