import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { canSeeRow, Identity } from '@kvalitetsnav/auth';
import { monthOf, stockholmToday } from '@kvalitetsnav/calendar';
import { forecastingViolation } from '@kvalitetsnav/codes';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { sourceViolation } from '../case-flows/case-flow-rules';
import { CaseFlowsService } from '../case-flows/case-flows.service';
import { MonthlyRowError, parseCaseFlowCsv, rowError } from './case-flow-csv-rules';
import { CaseFlowImportResult } from './case-flow-import.models';

/** A whole file or nothing: every row is checked before any is stored, then all go in one transaction. */
@Injectable()
export class CaseFlowImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly caseFlows: CaseFlowsService,
  ) {}

  /** On a dry run every check below runs as for an import, and only the transaction is left out. */
  async import(csv: string, identity: Identity, dryRun = false): Promise<CaseFlowImportResult> {
    const refused = (errors: MonthlyRowError[]) => ({ accepted: false, dryRun, imported: 0, rows: [], errors });
    const reasons = (await this.caseFlows.reasons()).map((r) => r.code);
    const { rows, errors } = parseCaseFlowCsv(csv, monthOf(stockholmToday()), reasons);
    if (errors.length) return refused(errors);
    const units = new Map(
      (await this.dataSource.getRepository(UnitRef).findBy({ id: In([...new Set(rows.map((r) => r.unitId))]) })).map(
        (u) => [u.id, u],
      ),
    );
    for (const row of rows) {
      const unit = units.get(row.unitId);
      // Another provider's unit reads as one that does not exist: an import reveals nothing of others.
      if (!unit || !canSeeRow(identity, unit.providerId))
        errors.push(
          rowError(
            row.line,
            'unit_id',
            forecastingViolation('UNKNOWN', 'unit_id', { entity: 'UNIT', ids: [row.unitId] }),
          ),
        );
      const source = sourceViolation(identity, row.source);
      if (source) errors.push(rowError(row.line, 'source', source));
    }
    if (errors.length) return refused(errors);
    const named = rows.map((row) => ({ ...row, unitName: units.get(row.unitId)?.name ?? row.unitId }));
    if (dryRun) return { accepted: true, dryRun, imported: 0, rows: named, errors: [] };
    await this.dataSource.transaction(async (manager) => {
      for (const row of rows) await this.caseFlows.store(manager, row, identity);
    });
    return { accepted: true, dryRun, imported: rows.length, rows: named, errors: [] };
  }
}
