import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Identity, NO_ROWS, ownProviderId, providerFilter } from '@kvalitetsnav/auth';
import { monthOf, stockholmToday } from '@kvalitetsnav/calendar';
import { CaseFlowEventV1 } from '@kvalitetsnav/events';
import { OutboxService } from '@kvalitetsnav/messaging';
import { refuseAll, visibleOrUnknown } from '@kvalitetsnav/service-kit';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { CaseFlowReport } from './case-flow-report.entity';
import { caseFlowReportViolations, sourceViolation, totalsPerMonth, unreportedMonths } from './case-flow-rules';
import { CaseFlowFilter, SubmitCaseFlowReportInput } from './case-flows.inputs';
import { CaseFlowDelivery, CaseFlowMonth, MissingCaseFlowMonths } from './case-flows.models';
import { ClosureReason } from './closure-reason.entity';

const currentMonth = () => monthOf(stockholmToday());

@Injectable()
export class CaseFlowsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  reasons(): Promise<ClosureReason[]> {
    return this.dataSource.getRepository(ClosureReason).find({ where: { active: true }, order: { code: 'ASC' } });
  }

  async submit(input: SubmitCaseFlowReportInput, identity: Identity): Promise<CaseFlowReport> {
    refuseAll([sourceViolation(identity, input.source)]);
    const reasons = (await this.reasons()).map((r) => r.code);
    refuseAll(caseFlowReportViolations(input, currentMonth(), reasons));
    return this.dataSource.transaction((manager) => this.store(manager, input, identity));
  }

  /**
   * Adds a version of a report in the caller's transaction (checked reports only: the rules
   * above), with its event when it counts the provider's cases. An import stores many in one.
   */
  async store(manager: EntityManager, input: SubmitCaseFlowReportInput, identity: Identity): Promise<CaseFlowReport> {
    // Another provider's unit answers as one that does not exist.
    const unit = visibleOrUnknown(
      identity,
      await manager.findOneBy(UnitRef, { id: input.unitId }),
      'UNIT',
      'unitId',
      input.unitId,
    );
    // Serialises resubmissions of one unit, service and month so versions do not collide.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
      `${unit.id}:${input.service}:${input.month}:${input.source}`,
    ]);
    const [{ max }] = await manager.query(
      `SELECT COALESCE(MAX(version), 0) AS max FROM case_flow_report WHERE unit_id = $1 AND service = $2 AND month = $3 AND source = $4`,
      [unit.id, input.service, input.month, input.source],
    );
    const report = manager.create(CaseFlowReport, {
      unitId: unit.id,
      service: input.service,
      month: input.month,
      source: input.source,
      incoming: input.incoming,
      outgoing: input.outgoing,
      closedByReason: input.closedByReason,
      id: randomUUID(),
      providerId: unit.providerId,
      version: Number(max) + 1,
      submittedBy: identity.sub,
      submittedAt: new Date(),
    });
    await manager.insert(CaseFlowReport, report);
    if (report.source === 'PROVIDER') {
      const payload: CaseFlowEventV1 = {
        id: report.id,
        unitId: report.unitId,
        providerId: report.providerId,
        service: report.service,
        month: report.month,
        incoming: report.incoming,
        outgoing: report.outgoing,
        version: report.version,
      };
      await this.outbox.enqueue(manager, {
        topic: 'forecasting.case-flow.v1',
        key: report.unitId,
        type: 'CaseFlowReported',
        payload,
      });
    }
    return report;
  }

  /** The latest version of each report the filter selects; a provider's own only. */
  /** The latest hand-ins of providers' case flows: a unit's reports submitted in the same minute by the same person are one. */
  async deliveries(limit: number): Promise<CaseFlowDelivery[]> {
    return this.dataSource.query(
      `SELECT r.provider_id AS "providerId", COALESCE(p.name, '') AS "providerName", r.unit_id AS "unitId",
              COALESCE(u.name, '') AS "unitName", array_agg(DISTINCT r.month ORDER BY r.month) AS months,
              count(*)::int AS reports, r.submitted_by AS by, max(r.submitted_at) AS at
         FROM case_flow_report r
         LEFT JOIN unit_ref u ON u.id = r.unit_id
         LEFT JOIN provider_ref p ON p.id = r.provider_id
        WHERE r.source = 'PROVIDER'
        GROUP BY r.provider_id, p.name, r.unit_id, u.name, r.submitted_by, date_trunc('minute', r.submitted_at)
        ORDER BY at DESC
        LIMIT $1`,
      [limit],
    );
  }

  async latest(
    filter: CaseFlowFilter,
    identity: Identity,
    owners?: { column: 'unit_id' | 'provider_id'; ids: readonly string[] },
  ): Promise<CaseFlowReport[]> {
    const providerId = providerFilter(identity, filter.providerId);
    if (providerId === NO_ROWS) return [];
    const conditions = ['source = $1'];
    const params: unknown[] = [filter.source ?? 'PROVIDER'];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.unitId) add('unit_id = ?', filter.unitId);
    if (providerId) add('provider_id = ?', providerId);
    if (filter.service) add('service = ?', filter.service);
    if (filter.from) add('month >= ?', filter.from);
    if (filter.to) add('month <= ?', filter.to);
    if (owners) add(`${owners.column} = ANY(?)`, owners.ids);
    const rows = await this.dataSource.query(
      `SELECT DISTINCT ON (unit_id, service, month, source) id FROM case_flow_report WHERE ${conditions.join(' AND ')} ORDER BY unit_id, service, month, source, version DESC`,
      params,
    );
    if (!rows.length) return [];
    return this.dataSource
      .getRepository(CaseFlowReport)
      .createQueryBuilder('r')
      .whereInIds(rows.map((r: { id: string }) => r.id))
      .orderBy('r.month')
      .addOrderBy('r.service')
      .getMany();
  }

  /** Monthly totals over every month from the first to the last reported (gaps as zero reports). */
  async monthly(filter: CaseFlowFilter, identity: Identity): Promise<CaseFlowMonth[]> {
    return totalsPerMonth(await this.latest(filter, identity), filter.from, filter.to);
  }

  /**
   * `monthly` for many units (or providers) in one query, as each would get it with its id in
   * the filter: the gateway asks for the case flows of every unit in a list at once.
   */
  async monthlyEach(
    filter: CaseFlowFilter,
    by: 'unitId' | 'providerId',
    ids: readonly string[],
    identity: Identity,
  ): Promise<CaseFlowMonth[][]> {
    const reports = await this.latest({ ...filter, [by]: undefined }, identity, {
      column: by === 'unitId' ? 'unit_id' : 'provider_id',
      ids,
    });
    const reportsOf = new Map<string, CaseFlowReport[]>(ids.map((id) => [id, []]));
    for (const r of reports) reportsOf.get(r[by])?.push(r);
    return ids.map((id) => totalsPerMonth(reportsOf.get(id) ?? [], filter.from, filter.to));
  }

  /** Per unit that reports case flows: the ended months from its first report with no report. */
  async missing(from: string | null | undefined, identity: Identity): Promise<MissingCaseFlowMonths[]> {
    const own = ownProviderId(identity);
    const rows: { unit_id: string; provider_id: string; months: string[] }[] = await this.dataSource.query(
      `SELECT unit_id, provider_id, array_agg(DISTINCT month) AS months FROM case_flow_report WHERE source = 'PROVIDER' ${own ? 'AND provider_id = $1' : ''} GROUP BY unit_id, provider_id`,
      own ? [own] : [],
    );
    const now = currentMonth();
    const units = await this.dataSource.getRepository(UnitRef).findBy({ id: In(rows.map((r) => r.unit_id)) });
    return rows
      .map((r) => ({
        unitId: r.unit_id,
        unitName: units.find((u) => u.id === r.unit_id)?.name ?? r.unit_id,
        providerId: r.provider_id,
        months: unreportedMonths(r.months, now, from),
      }))
      .filter((m) => m.months.length);
  }
}
