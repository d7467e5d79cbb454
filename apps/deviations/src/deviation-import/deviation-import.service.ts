import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In, IsNull } from 'typeorm';
import { canSeeRow, Identity } from '@kvalitetsnav/auth';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { deviationsViolation } from '@kvalitetsnav/codes';
import { OutboxService } from '@kvalitetsnav/messaging';
import { redactPersonalIdentityNumbers } from '@kvalitetsnav/swedish-ids';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { DeviationCategory } from '../categories/deviation-category.entity';
import { Deviation } from '../deviations/deviation.entity';
import { deviationEvent, reportedEventType } from '../deviations/deviation-event-rules';
import { DeviationProtectedText } from '../deviations/deviation-protected-text.entity';
import { keepsOriginalText } from '../deviations/deviation-report-rules';
import { DeviationTransition } from '../deviations/deviation-transition.entity';
import {
  categoryError,
  CheckedRow,
  CsvDeviation,
  DeviationFileLayout,
  keptCategoryError,
  layoutOf,
  parseDeviationCsv,
  RowError,
  rowError,
} from './deviation-csv-rules';
import { DeviationImportPreview, DeviationImportResult } from './deviation-import.models';
import {
  categoryAfterImport,
  ImportChange,
  importChange,
  IMPORTED_FIELDS,
  ImportedDeviation,
} from './import-change-rules';
import { DeviationImportSource } from './import-source.entity';
import { ImportSourcesService } from './import-sources.service';

const CHUNK = 500;

/** What reading a file needs once: its source, how its columns are read, the units by id or code, the categories. */
export interface ImportContext {
  source: DeviationImportSource | null;
  layout: DeviationFileLayout;
  units: Map<string, UnitRef>;
  /** The managed list, retired ones too: a row's category is checked against it. */
  categories: DeviationCategory[];
}

export interface PlacedRow {
  row: CheckedRow;
  unit: UnitRef;
}

/** A row ready to write: the deviation as the file gives it and what it does to the one imported before. */
export interface PlannedRow {
  line: number;
  deviation: Deviation;
  original: string | null;
  before: Deviation | null;
  change: ImportChange;
  unitName: string;
  /** The Swedish name of the category the deviation has after the row, if any. */
  categoryLabel: string | null;
}

export interface Plan {
  rows: PlannedRow[];
  errors: RowError[];
}

export const counts = (rows: readonly PlannedRow[]) => ({
  created: rows.filter((r) => r.change === 'NEW').length,
  changed: rows.filter((r) => r.change === 'CHANGED').length,
  unchanged: rows.filter((r) => r.change === 'UNCHANGED').length,
});

/** A planned row as a preview shows it. */
export const previewRow = (r: PlannedRow) => ({
  line: r.line,
  externalId: r.deviation.externalId,
  unitId: r.deviation.unitId,
  unitName: r.unitName,
  kind: r.deviation.kind,
  occurredOn: r.deviation.occurredOn,
  reportedOn: r.deviation.reportedOn,
  status: r.deviation.status,
  categoryCode: r.deviation.categoryCode,
  categoryLabel: r.categoryLabel,
  change: r.change,
});

const imported = (d: Deviation): ImportedDeviation =>
  Object.fromEntries(IMPORTED_FIELDS.map((f) => [f, d[f] ?? null])) as ImportedDeviation;

/**
 * A whole file or nothing: every row is checked before any is written, then all go in one
 * transaction. A row with an external id updates the deviation imported with it before.
 */
@Injectable()
export class DeviationImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
    private readonly sources: ImportSourcesService,
  ) {}

  async preview(
    csv: string,
    sourceCode: string | null,
    identity: Identity,
    limit: number,
    today = stockholmToday(),
  ): Promise<DeviationImportPreview> {
    const { rows, errors } = await this.plan(csv, sourceCode, identity, today);
    return {
      accepted: !errors.length,
      imported: 0,
      ...counts(rows),
      errors,
      rows: rows.slice(0, limit).map(previewRow),
    };
  }

  async import(
    csv: string,
    sourceCode: string | null,
    identity: Identity,
    today = stockholmToday(),
  ): Promise<DeviationImportResult> {
    const { rows, errors } = await this.plan(csv, sourceCode, identity, today);
    const none = { created: 0, changed: 0, unchanged: 0 };
    if (errors.length) return { accepted: false, imported: 0, ...none, errors };
    await this.dataSource.transaction((manager) => this.write(manager, rows, identity));
    const result = counts(rows);
    return { accepted: true, imported: result.created + result.changed, ...result, errors: [] };
  }

  private async plan(csv: string, sourceCode: string | null, identity: Identity, today: string): Promise<Plan> {
    const context = await this.contextOf(sourceCode);
    const { rows, errors } = parseDeviationCsv(csv, today, context.source ?? undefined);
    if (errors.length) return { rows: [], errors };
    const placed = this.place(rows, context, identity, new Map());
    if (placed.errors.length) return { rows: [], errors: placed.errors };
    return this.planPlaced(placed.rows, context, identity);
  }

  /** What reading a file needs once: its source, its layout and the units its rows may name. */
  async contextOf(sourceCode: string | null): Promise<ImportContext> {
    const source = sourceCode ? await this.sources.find(sourceCode) : null;
    return {
      source,
      layout: layoutOf(source ?? undefined),
      units: await this.unitsOf(source),
      categories: await this.dataSource.getRepository(DeviationCategory).find(),
    };
  }

  /**
   * Each row at its unit, which the caller must see (another provider's reads as unknown: an
   * import reveals nothing of others), and each external id once in the file (`seen` carries
   * them from one part of a file read as a stream to the next), and its category one it may have.
   */
  place(
    rows: readonly CheckedRow[],
    { source, layout, units, categories }: ImportContext,
    identity: Identity,
    seen: Map<string, number>,
  ): { rows: PlacedRow[]; errors: RowError[] } {
    const placed: PlacedRow[] = [];
    const errors: RowError[] = [];
    for (const row of rows) {
      const key = source ? (row.unit_code ?? '') : (row.unit_id ?? '');
      const unit = units.get(key);
      if (row.external_id !== undefined) {
        const first = seen.get(row.external_id);
        if (first !== undefined)
          errors.push(
            rowError(
              row.line,
              layout.columnOf('external_id'),
              `${row.external_id} is on line ${first} too`,
              deviationsViolation('LISTED_TWICE', 'external_id', { value: row.external_id }),
            ),
          );
        else seen.set(row.external_id, row.line);
      }
      const category = categoryError(row, categories, layout);
      if (category) errors.push(category);
      if (unit && canSeeRow(identity, unit.providerId)) {
        if (!category) placed.push({ row, unit });
      } else {
        const field = source ? 'unit_code' : 'unit_id';
        errors.push(
          rowError(
            row.line,
            layout.columnOf(field),
            `${key} is not a known unit`,
            deviationsViolation('UNKNOWN', field, { entity: 'UNIT', ids: [key] }),
          ),
        );
      }
    }
    return { rows: placed, errors };
  }

  /** What each placed row does to the deviation imported before with its external id. */
  async planPlaced(placed: readonly PlacedRow[], context: ImportContext, identity: Identity): Promise<Plan> {
    const { source, layout } = context;
    const errors: RowError[] = [];
    const before = await this.importedBefore(
      source?.code ?? null,
      placed.flatMap(({ row }) => (row.external_id === undefined ? [] : [row.external_id])),
    );
    const labels = new Map(context.categories.map((c) => [c.code, c.label]));
    const planned: PlannedRow[] = [];
    for (const { row, unit } of placed) {
      const { deviation, original } = this.toDeviation(row, unit, source, identity);
      const earlier = row.external_id === undefined ? null : (before.get(row.external_id) ?? null);
      if (earlier && !canSeeRow(identity, earlier.providerId)) {
        errors.push(
          rowError(
            row.line,
            layout.columnOf('external_id'),
            `${row.external_id} was imported by another provider`,
            deviationsViolation('ALREADY_EXISTS', 'external_id', { entity: 'DEVIATION', value: row.external_id! }),
          ),
        );
        continue;
      }
      const kept = keptCategoryError(row, earlier?.categoryCode ?? null, context.categories, layout);
      if (kept) {
        errors.push(kept);
        continue;
      }
      deviation.categoryCode = categoryAfterImport(earlier?.categoryCode ?? null, row.category);
      const { change } = importChange(earlier && imported(earlier), imported(deviation));
      const categoryLabel = labels.get(deviation.categoryCode ?? '') ?? null;
      planned.push({
        line: row.line,
        deviation,
        original,
        before: earlier,
        change,
        unitName: unit.name,
        categoryLabel,
      });
    }
    return errors.length ? { rows: [], errors } : { rows: planned, errors: [] };
  }

  /** Writes planned rows in the caller's transaction: new ones added, changed ones updated. */
  async write(manager: EntityManager, rows: readonly PlannedRow[], identity: Identity): Promise<void> {
    await this.insertNew(
      manager,
      rows.filter((r) => r.change === 'NEW'),
      identity,
    );
    for (const row of rows.filter((r) => r.change === 'CHANGED')) await this.update(manager, row, identity);
  }

  /** The units rows name: by id in Kvalitetsnav's layout, by their code in the source's system in a mapped one. */
  private async unitsOf(source: DeviationImportSource | null): Promise<Map<string, UnitRef>> {
    const repository = this.dataSource.getRepository(UnitRef);
    // Every unit: a municipality has hundreds, and a file read as a stream may name any of them.
    if (!source) return new Map((await repository.find()).map((u) => [u.id, u]));
    const coded = await repository
      .createQueryBuilder('u')
      .where(`u.external_codes @> jsonb_build_array(jsonb_build_object('system', :system::text))`, {
        system: source.unitCodeSystem,
      })
      .getMany();
    return new Map(
      coded.flatMap((u) => u.externalCodes.filter((c) => c.system === source.unitCodeSystem).map((c) => [c.code, u])),
    );
  }

  private async importedBefore(source: string | null, externalIds: string[]): Promise<Map<string, Deviation>> {
    const found = new Map<string, Deviation>();
    for (let i = 0; i < externalIds.length; i += 1000) {
      const chunk = externalIds.slice(i, i + 1000);
      const rows = await this.dataSource
        .getRepository(Deviation)
        .findBy({ importSource: source ?? IsNull(), externalId: In(chunk) });
      for (const d of rows) found.set(d.externalId!, d);
    }
    return found;
  }

  private async insertNew(manager: EntityManager, rows: readonly PlannedRow[], identity: Identity): Promise<void> {
    for (let i = 0; i < rows.length; i += CHUNK) {
      const chunk = rows.slice(i, i + CHUNK);
      await manager.insert(
        Deviation,
        chunk.map((r) => r.deviation),
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
      const originals = chunk.flatMap((r) =>
        r.original === null ? [] : [{ deviationId: r.deviation.id, original: r.original }],
      );
      if (originals.length) await manager.insert(DeviationProtectedText, originals);
      await this.outbox.enqueueMany(
        manager,
        chunk.map(({ deviation: d }) => deviationEvent(d, reportedEventType(d))),
      );
    }
  }

  /** The deviation imported before takes what the file now says, one version on. */
  private async update(manager: EntityManager, row: PlannedRow, identity: Identity): Promise<void> {
    const before = row.before!;
    const fields = Object.fromEntries(IMPORTED_FIELDS.map((f) => [f, row.deviation[f]])) as Partial<Deviation>;
    const version = before.version + 1;
    await manager.update(Deviation, { id: before.id }, { ...fields, redactions: row.deviation.redactions, version });
    if (before.status !== row.deviation.status)
      await manager.insert(DeviationTransition, {
        deviationId: before.id,
        fromStatus: before.status,
        toStatus: row.deviation.status,
        changedBy: `import:${identity.sub}`,
        changedAt: new Date(),
      });
    if (row.original !== null)
      await manager.upsert(DeviationProtectedText, { deviationId: before.id, original: row.original }, ['deviationId']);
    const updated = { ...before, ...fields, version } as Deviation;
    const type = before.status !== row.deviation.status ? 'DeviationStatusChanged' : 'DeviationUpdated';
    await this.outbox.enqueue(manager, deviationEvent(updated, type));
  }

  private toDeviation(
    row: CsvDeviation,
    unit: UnitRef,
    source: DeviationImportSource | null,
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
      categoryCode: row.category ?? null,
      followUpId: null,
      importSource: row.external_id === undefined ? null : (source?.code ?? null),
      externalId: row.external_id ?? null,
      version: 1,
    });
    return { deviation, original: keepsOriginalText(row.kind, redacted.found) ? row.description : null };
  }
}
