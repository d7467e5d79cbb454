import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { canSeeRow, Identity } from '@kvalitetsnav/auth';
import { monthOf, stockholmToday } from '@kvalitetsnav/calendar';
import { forecastingViolation } from '@kvalitetsnav/codes';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { MonthlyRowError, rowError } from '../case-flow-import/case-flow-csv-rules';
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

  /** On a dry run every check below runs as for an import, and only the transaction is left out. */
  async import(csv: string, identity: Identity, dryRun = false): Promise<PlacementImportResult> {
    const refused = (errors: MonthlyRowError[]) => ({ accepted: false, dryRun, imported: 0, rows: [], errors });
    const { rows, errors } = parsePlacementCsv(csv, monthOf(stockholmToday()));
    if (errors.length) return refused(errors);
    const ids = [...new Set(rows.flatMap((r) => (r.unitId ? [r.unitId] : [])))];
    const units = new Map(
      (ids.length ? await this.dataSource.getRepository(UnitRef).findBy({ id: In(ids) }) : []).map((u) => [u.id, u]),
    );
    for (const row of rows) {
      const missing = placementUnitViolation(identity, row.unitId, 'unit_id');
      if (missing) errors.push(rowError(row.line, 'unit_id', missing));
      const unit = row.unitId ? units.get(row.unitId) : undefined;
      // Another provider's unit reads as one that does not exist: an import reveals nothing of others.
      if (row.unitId && (!unit || !canSeeRow(identity, unit.providerId)))
        errors.push(
          rowError(
            row.line,
            'unit_id',
            forecastingViolation('UNKNOWN', 'unit_id', { entity: 'UNIT', ids: [row.unitId] }),
          ),
        );
    }
    if (errors.length) return refused(errors);
    const named = rows.map((row) => ({ ...row, unitName: row.unitId ? (units.get(row.unitId)?.name ?? null) : null }));
    if (dryRun) return { accepted: true, dryRun, imported: 0, rows: named, errors: [] };
    await this.dataSource.transaction(async (manager) => {
      for (const row of rows) await this.placements.store(manager, row, identity);
    });
    return { accepted: true, dryRun, imported: rows.length, rows: named, errors: [] };
  }
}
