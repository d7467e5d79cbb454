import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { Between, DataSource, EntityManager } from 'typeorm';
import { monthOf, stockholmToday } from '@kvalitetsnav/calendar';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { PlacementReport } from './placement-report.entity';
import { placementReportViolations, placementTotals } from './placement-rules';
import { PlacementReportInput } from './placements.inputs';
import { PlacementSummary } from './placements.models';

@Injectable()
export class PlacementsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A month and form reported again replaces the figures and bumps the version. */
  async submit(input: PlacementReportInput): Promise<PlacementReport> {
    refuseAll(placementReportViolations(input, monthOf(stockholmToday())));
    return this.dataSource.transaction((manager) => this.store(manager, input));
  }

  /** Replaces a checked month and form in the caller's transaction: an import stores many in one. */
  async store(manager: EntityManager, input: PlacementReportInput): Promise<PlacementReport> {
    const existing = await manager.findOne(PlacementReport, {
      where: { month: input.month, form: input.form },
      lock: { mode: 'pessimistic_write' },
    });
    const report = manager.create(PlacementReport, {
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

  async summary(from: string, to: string): Promise<PlacementSummary[]> {
    return placementTotals(await this.dataSource.getRepository(PlacementReport).findBy({ month: Between(from, to) }));
  }
}
