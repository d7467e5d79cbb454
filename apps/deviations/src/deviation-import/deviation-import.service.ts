import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, In } from 'typeorm';
import { canSeeRow, Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { deviationsViolation } from '@kvalitetsnav/codes';
import { OutboxService } from '@kvalitetsnav/messaging';
import { redactPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { Deviation } from '../deviations/deviation.entity';
import { deviationEvent, reportedEventType } from '../deviations/deviation-event-rules';
import { DeviationProtectedText } from '../deviations/deviation-protected-text.entity';
import { keepsOriginalText } from '../deviations/deviation-report-rules';
import { DeviationTransition } from '../deviations/deviation-transition.entity';
import { CsvDeviation, parseDeviationCsv, RowError, rowError } from './deviation-csv-rules';

export interface ImportResult {
  accepted: boolean;
  imported: number;
  errors: RowError[];
}

const CHUNK = 500;

/** A whole file or nothing: every row is checked before any is written, then all go in one transaction. */
@Injectable()
export class DeviationImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async import(csv: string, identity: Identity, today = stockholmToday()): Promise<ImportResult> {
    const { rows, errors } = parseDeviationCsv(csv, today);
    if (errors.length) return { accepted: false, imported: 0, errors };
    const unitIds = [...new Set(rows.map((r) => r.unit_id))];
    const units = new Map(
      (await this.dataSource.getRepository(UnitRef).findBy({ id: In(unitIds) })).map((u) => [u.id, u]),
    );
    const placed: { row: CsvDeviation; unit: UnitRef }[] = [];
    for (const row of rows) {
      const unit = units.get(row.unit_id);
      if (unit && canSeeRow(identity, unit.providerId)) placed.push({ row, unit });
      // Another provider's unit reads as one that does not exist: an import reveals nothing of others.
      else
        errors.push(
          rowError(
            row.line,
            'unit_id',
            `${row.unit_id} is not a known unit`,
            deviationsViolation('UNKNOWN', 'unit_id', { entity: 'UNIT', ids: [row.unit_id] }),
          ),
        );
    }
    if (errors.length) return { accepted: false, imported: 0, errors };

    const deviations = placed.map(({ row, unit }) => this.toDeviation(row, unit, identity));
    await this.dataSource.transaction(async (manager) => {
      for (let i = 0; i < deviations.length; i += CHUNK) {
        const chunk = deviations.slice(i, i + CHUNK);
        await manager.insert(
          Deviation,
          chunk.map((d) => d.deviation),
        );
        await manager.insert(
          DeviationTransition,
          chunk.map(({ deviation: d }) => ({
            deviationId: d.id,
            fromStatus: null,
            toStatus: d.status,
            changedBy: `import:${identity.sub}`,
            changedAt: new Date(),
          })),
        );
        const originals = chunk.flatMap((d) =>
          d.original === null ? [] : [{ deviationId: d.deviation.id, original: d.original }],
        );
        if (originals.length) await manager.insert(DeviationProtectedText, originals);
      }
      await this.outbox.enqueueMany(
        manager,
        deviations.map(({ deviation: d }) => deviationEvent(d, reportedEventType(d))),
      );
    });
    return { accepted: true, imported: deviations.length, errors: [] };
  }

  private toDeviation(
    row: CsvDeviation,
    unit: UnitRef,
    identity: Identity,
  ): { deviation: Deviation; original: string | null } {
    const redacted = redactPersonalIdentityNumbers(row.description);
    const status = row.status ?? 'REPORTED';
    const deviation = this.dataSource.getRepository(Deviation).create({
      id: randomUUID(),
      unitId: unit.id,
      providerId: unit.providerId,
      serviceArea: unit.serviceArea,
      kind: row.kind,
      status,
      occurredOn: row.occurred_on,
      description: redacted.text,
      redactions: redacted.found,
      // Midday in Sweden, so the instant falls on the reported day whatever the season.
      reportedAt: new Date(`${row.reported_on}T10:00:00Z`),
      reportedOn: row.reported_on,
      reportedBy: `import:${identity.sub}`,
      investigationStartedOn: null,
      actionsRegisteredOn: row.actions_registered_on ?? null,
      actions: null,
      finalAssessedOn: row.final_assessed_on ?? null,
      finalAssessment: null,
      closedOn: status === 'CLOSED' ? (row.final_assessed_on ?? null) : null,
      seriousness: row.seriousness ?? null,
      ivoReportedOn: row.ivo_reported_on ?? null,
      ivoReference: null,
      complainant: row.complainant ?? null,
      complaintCategory: row.complaint_category ?? null,
      followUpId: null,
      version: 1,
    });
    return { deviation, original: keepsOriginalText(row.kind, redacted.found) ? row.description : null };
  }
}
