import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Identity, NO_ROWS, providerFilter } from '@kvalitetsnav/auth';
import { commonViolation } from '@kvalitetsnav/codes';
import { loadServiceAreaList, ServiceAreaList } from '@kvalitetsnav/unit-catalogue';
import { stockholmToday } from '@kvalitetsnav/calendar';
import { COMPLAINANTS, COMPLAINT_CATEGORIES } from '../deviations/deviation-report-rules';
import { Breakdown, breakdown, BreakdownRow, ListedKey } from './breakdown-rules';
import {
  deviationFigures,
  figuresChange,
  groupedFigures,
  PlacedRow,
  previousYearPeriod,
  StatisticsGrouping,
  trend,
  TrendInterval,
} from './statistics-rules';
import {
  DeviationBreakdown,
  DeviationStatistics,
  DeviationStatisticsGroup,
  DeviationTrendPoint,
} from './statistics.models';
import { StatisticsFilter } from './statistics.inputs';

type Scoped = StatisticsFilter | typeof NO_ROWS;

/** Loads the matching rows once and lets the pure rules in `statistics-rules` count them. */
@Injectable()
export class StatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The figures, and beside them the same for the filter's period one year earlier. */
  async compute(identity: Identity, filter: StatisticsFilter, today = stockholmToday()): Promise<DeviationStatistics> {
    const figures = deviationFigures(await this.rows(this.scoped(identity, filter)), today);
    const period = previousYearPeriod(filter.from, filter.to, today);
    if (!period) return { ...figures, previousYear: null };
    const earlier = deviationFigures(await this.rows(this.scoped(identity, { ...filter, ...period })), today);
    return { ...figures, previousYear: { period, statistics: earlier, change: figuresChange(figures, earlier) } };
  }

  /** The deviations the filter selects counted by what they are about, beside the same a year earlier. */
  async breakdown(
    identity: Identity,
    filter: StatisticsFilter,
    by: Breakdown,
    today = stockholmToday(),
  ): Promise<DeviationBreakdown> {
    const period = previousYearPeriod(filter.from, filter.to, today);
    const rows = await this.breakdownRows(this.scoped(identity, filter));
    const earlier = period ? await this.breakdownRows(this.scoped(identity, { ...filter, ...period })) : null;
    return { ...breakdown(by, rows, earlier, await this.listedKeys(by)), previousYearPeriod: period };
  }

  /**
   * Figures for many units (or providers) in one query, as `compute` would give each with its
   * id in the filter: the gateway asks for a field of every unit in a list at once.
   */
  async computeEach(
    identity: Identity,
    filter: StatisticsFilter,
    by: 'unitId' | 'providerId',
    ids: readonly string[],
    today = stockholmToday(),
  ): Promise<DeviationStatistics[]> {
    const rows = await this.rows(this.scoped(identity, { ...filter, [by]: undefined }), {
      column: by === 'unitId' ? 'unit_id' : 'provider_id',
      ids,
    });
    const rowsOf = new Map<string, PlacedRow[]>(ids.map((id) => [id, []]));
    for (const r of rows) rowsOf.get(r[by])?.push(r);
    return ids.map((id) => deviationFigures(rowsOf.get(id) ?? [], today));
  }

  async grouped(
    identity: Identity,
    filter: StatisticsFilter,
    by: StatisticsGrouping,
    today = stockholmToday(),
  ): Promise<DeviationStatisticsGroup[]> {
    const areas = await loadServiceAreaList(this.dataSource);
    const groups = groupedFigures(await this.rows(this.scoped(identity, filter), undefined, areas), by, today, areas);
    const names = await this.names(
      by,
      groups.map((g) => g.key),
      areas,
    );
    return groups.map(({ key, figures }) => ({ key, name: names.get(key) ?? null, statistics: figures }));
  }

  async trend(
    identity: Identity,
    filter: StatisticsFilter,
    interval: TrendInterval,
    today = stockholmToday(),
  ): Promise<DeviationTrendPoint[]> {
    const to = filter.to ?? today;
    const from = filter.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4, 7)}-01`;
    return trend(await this.rows(this.scoped(identity, { ...filter, from, to })), from, to, interval);
  }

  /** A provider counts its own deviations only; asking for another provider's counts nothing. */
  private scoped(identity: Identity, filter: StatisticsFilter): Scoped {
    const providerId = providerFilter(identity, filter.providerId);
    return providerId === NO_ROWS ? NO_ROWS : { ...filter, providerId };
  }

  private async rows(
    filter: Scoped,
    owners?: { column: 'unit_id' | 'provider_id'; ids: readonly string[] },
    list?: ServiceAreaList,
  ): Promise<PlacedRow[]> {
    if (filter === NO_ROWS) return [];
    const { where, params } = await this.where(filter, owners, list);
    return this.dataSource.query(
      `SELECT kind, status, unit_id AS "unitId", provider_id AS "providerId", service_area AS "serviceArea", seriousness,
              to_char(reported_on, 'YYYY-MM-DD') AS "reportedOn",
              to_char(actions_registered_on, 'YYYY-MM-DD') AS "actionsRegisteredOn",
              to_char(final_assessed_on, 'YYYY-MM-DD') AS "finalAssessedOn",
              to_char(ivo_reported_on, 'YYYY-MM-DD') AS "ivoReportedOn"
         FROM deviation ${where}`,
      params,
    );
  }

  /** What each matching deviation is about: its category, root causes, and a complaint's category and sender. */
  private async breakdownRows(filter: Scoped): Promise<BreakdownRow[]> {
    if (filter === NO_ROWS) return [];
    const { where, params } = await this.where(filter);
    return this.dataSource.query(
      `SELECT kind, category_code AS "categoryCode", complaint_category AS "complaintCategory", complainant,
              ARRAY(SELECT r.code FROM deviation_root_cause dr JOIN root_cause r ON r.id = dr.root_cause_id
                     WHERE dr.deviation_id = deviation.id) AS "rootCauseCodes"
         FROM deviation ${where}`,
      params,
    );
  }

  /** The WHERE clause for the filter, refusing a sector or service area not on the list. */
  private async where(
    filter: StatisticsFilter,
    owners?: { column: 'unit_id' | 'provider_id'; ids: readonly string[] },
    list?: ServiceAreaList,
  ): Promise<{ where: string; params: unknown[] }> {
    const areas = filter.sector || filter.serviceArea ? (list ?? (await loadServiceAreaList(this.dataSource))) : list;
    if (filter.sector && !areas?.sectors().some((s) => s.code === filter.sector))
      throw commonViolation('UNKNOWN', 'filter.sector', { entity: 'SECTOR', ids: [filter.sector] });
    if (filter.serviceArea && !areas?.has(filter.serviceArea))
      throw commonViolation('UNKNOWN', 'filter.serviceArea', { entity: 'SERVICE_AREA', ids: [filter.serviceArea] });
    const conditions: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      conditions.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.from) add('reported_on >= ?', filter.from);
    if (filter.to) add('reported_on <= ?', filter.to);
    if (filter.unitId) add('unit_id = ?', filter.unitId);
    if (filter.providerId) add('provider_id = ?', filter.providerId);
    // The board is the unit's, as the catalogue has it from contracts.unit.v1.
    if (filter.boardId) add('unit_id IN (SELECT id FROM unit_ref WHERE board_id = ?)', filter.boardId);
    if (filter.serviceArea) add('service_area = ?', filter.serviceArea);
    if (filter.sector && areas) add('service_area = ANY(?)', areas.areasOf(filter.sector));
    if (owners) add(`${owners.column} = ANY(?)`, owners.ids);
    return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
  }

  /** The keys a breakdown lists: the managed list's (in use ones even at zero), or every value of the enum. */
  private async listedKeys(by: Breakdown): Promise<ListedKey[]> {
    const fixed = (values: readonly string[]) => values.map((key) => ({ key, label: null, always: true }));
    if (by === 'COMPLAINT_CATEGORY') return fixed(COMPLAINT_CATEGORIES);
    if (by === 'COMPLAINANT') return fixed(COMPLAINANTS);
    const rows: { code: string; label: string; active: boolean }[] = await this.dataSource.query(
      `SELECT code, label, active FROM ${by === 'CATEGORY' ? 'deviation_category' : 'root_cause'} ORDER BY label`,
    );
    return rows.map((r) => ({ key: r.code, label: r.label, always: r.active }));
  }

  private async names(by: StatisticsGrouping, keys: string[], areas: ServiceAreaList): Promise<Map<string, string>> {
    if (by === 'SECTOR') return new Map(areas.sectors().map((s) => [s.code, s.name]));
    if (by === 'SERVICE_AREA') return new Map(keys.map((k) => [k, areas.name(k) ?? k]));
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM ${by === 'UNIT' ? 'unit_ref' : 'provider_ref'} WHERE id = ANY($1)`,
      [keys],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
