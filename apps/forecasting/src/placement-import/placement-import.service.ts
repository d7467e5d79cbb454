import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { monthOf, stockholmToday } from '@kvalitetsnav/calendar';
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

  /** On a dry run every check runs as for an import, and only the transaction is left out. */
  async import(csv: string, dryRun = false): Promise<PlacementImportResult> {
    const { rows, errors } = parsePlacementCsv(csv, monthOf(stockholmToday()));
    if (errors.length) return { accepted: false, dryRun, imported: 0, rows: [], errors };
    if (dryRun) return { accepted: true, dryRun, imported: 0, rows, errors: [] };
    await this.dataSource.transaction(async (manager) => {
      for (const row of rows) await this.placements.store(manager, row);
    });
    return { accepted: true, dryRun, imported: rows.length, rows, errors: [] };
  }
}
