import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import {
  Between,
  DataSource,
  EntityManager,
  FindOptionsWhere,
  IsNull,
  LessThanOrEqual,
  MoreThanOrEqual,
} from 'typeorm';
import { Identity, NO_ROWS, providerFilter } from '@kvalitetsnav/auth';
import { monthOf, stockholmToday } from '@kvalitetsnav/calendar';
import { refuseAll, visibleOrUnknown } from '@kvalitetsnav/service-kit';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { PlacementReport } from './placement-report.entity';
import {
  placementReportViolations,
  countedPlacements,
  placementTotals,
  placementUnitViolation,
} from './placement-rules';
import { PlacementFilter, PlacementReportInput } from './placements.inputs';
import { PlacementSummary } from './placements.models';

@Injectable()
export class PlacementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A month, form and unit reported again replaces the figures and bumps the version. */
  async submit(input: PlacementReportInput, identity: Identity): Promise<PlacementReport> {
    refuseAll([placementUnitViolation(identity, input.unitId)]);
    refuseAll(placementReportViolations(input, monthOf(stockholmToday())));
    return this.dataSource.transaction((manager) => this.store(manager, input, identity));
  }

  /** Replaces a checked month, form and unit in the caller's transaction: an import stores many in one. */
  async store(manager: EntityManager, input: PlacementReportInput, identity: Identity): Promise<PlacementReport> {
    // Another provider's unit answers as one that does not exist, as for case flows.
    const unit = input.unitId
      ? visibleOrUnknown(
          identity,
          await manager.findOneBy(UnitRef, { id: input.unitId }),
          'UNIT',
          'unitId',
          input.unitId,
        )
      : null;
    const existing = await manager.findOne(PlacementReport, {
      where: { month: input.month, form: input.form, unitId: unit ? unit.id : IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    const report = manager.create(PlacementReport, {
      unitId: unit?.id ?? null,
      providerId: unit?.providerId ?? null,
      month: input.month,
      form: input.form,
      placed: input.placed,
      careDays: input.careDays,
      costSek: input.costSek,
      ended: input.ended,
      endedDurationDays: input.endedDurationDays,
      id: existing?.id ?? randomUUID(),
      version: (existing?.version ?? 0) + 1,
    });
    await manager.save(PlacementReport, report);
    return report;
  }

  /** The reports the filter selects, newest month first; a provider's own units' only. */
  async reports(filter: PlacementFilter, identity: Identity): Promise<PlacementReport[]> {
    const providerId = providerFilter(identity, filter.providerId);
    if (providerId === NO_ROWS) return [];
    const where: FindOptionsWhere<PlacementReport> = {};
    if (providerId) where.providerId = providerId;
    if (filter.unitId) where.unitId = filter.unitId;
    if (filter.from && filter.to) where.month = Between(filter.from, filter.to);
    else if (filter.from) where.month = MoreThanOrEqual(filter.from);
    else if (filter.to) where.month = LessThanOrEqual(filter.to);
    return this.dataSource
      .getRepository(PlacementReport)
      .find({ where, order: { month: 'DESC', form: 'ASC', unitId: 'ASC' } });
  }

  /** The period's reports, the administration's whole-municipality figure counted over its units' parts. */
  async summary(from: string, to: string): Promise<PlacementSummary[]> {
    const reports = await this.dataSource.getRepository(PlacementReport).findBy({ month: Between(from, to) });
    return placementTotals(countedPlacements(reports));
  }
}
