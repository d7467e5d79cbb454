import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SECTORS, SERVICE_AREAS, sectorOf, ServiceArea } from '@kvalitetsnav/events';
import { stockholmToday } from '@kvalitetsnav/service-kit';
import { DeviationRow, deviationFigures, trend, TrendInterval } from '../rules/statistics';
import { DeviationStatistics, DeviationStatisticsGroup, DeviationTrendPoint } from './deviation-statistics.model';
import { StatisticsFilter } from './statistics.inputs';

type Grouping = 'SECTOR' | 'SERVICE_AREA' | 'PROVIDER' | 'UNIT';
type Row = DeviationRow & { unitId: string; providerId: string; serviceArea: ServiceArea };

const areasOf = (sector: string) => SERVICE_AREAS.filter((a) => sectorOf(a) === sector);

/** Loads the matching rows once and lets the pure rules in `rules/statistics` count them. */
@Injectable()
export class DeviationStatisticsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async compute(filter: StatisticsFilter, today = stockholmToday()): Promise<DeviationStatistics> {
    return deviationFigures(await this.rows(filter), today);
  }

  /**
   * Figures for many units (or providers) in one query, as `compute` would give each with its
   * id in the filter: the gateway asks for a field of every unit in a list at once.
   */
  async computeEach(
    filter: StatisticsFilter,
    by: 'unitId' | 'providerId',
    ids: readonly string[],
    today = stockholmToday(),
  ): Promise<DeviationStatistics[]> {
    const rows = await this.rows(
      { ...filter, [by]: undefined },
      { column: by === 'unitId' ? 'unit_id' : 'provider_id', ids },
    );
    const rowsOf = new Map<string, Row[]>(ids.map((id) => [id, []]));
    for (const r of rows) rowsOf.get(r[by])?.push(r);
    return ids.map((id) => deviationFigures(rowsOf.get(id)!, today));
  }

  async grouped(filter: StatisticsFilter, by: Grouping, today = stockholmToday()): Promise<DeviationStatisticsGroup[]> {
    const rows = await this.rows(filter);
    const keyOf = (r: Row) =>
      by === 'SECTOR'
        ? sectorOf(r.serviceArea)
        : by === 'SERVICE_AREA'
          ? r.serviceArea
          : by === 'PROVIDER'
            ? r.providerId
            : r.unitId;
    const groups = new Map<string, Row[]>();
    if (by === 'SECTOR') SECTORS.forEach((s) => groups.set(s, []));
    for (const r of rows) groups.set(keyOf(r), [...(groups.get(keyOf(r)) ?? []), r]);
    const names = await this.names(by, [...groups.keys()]);
    return [...groups.entries()].map(([key, groupRows]) => ({
      key,
      name: names.get(key) ?? null,
      statistics: deviationFigures(groupRows, today),
    }));
  }

  async trend(
    filter: StatisticsFilter,
    interval: TrendInterval,
    today = stockholmToday(),
  ): Promise<DeviationTrendPoint[]> {
    const to = filter.to ?? today;
    const from = filter.from ?? `${Number(to.slice(0, 4)) - 1}${to.slice(4, 7)}-01`;
    return trend(await this.rows({ ...filter, from, to }), from, to, interval);
  }

  private async rows(
    filter: StatisticsFilter,
    owners?: { column: 'unit_id' | 'provider_id'; ids: readonly string[] },
  ): Promise<Row[]> {
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
    if (filter.serviceArea) add('service_area = ?', filter.serviceArea);
    if (filter.sector) add('service_area = ANY(?)', areasOf(filter.sector));
    if (owners) add(`${owners.column} = ANY(?)`, owners.ids);
    return this.dataSource.query(
      `SELECT kind, status, unit_id AS "unitId", provider_id AS "providerId", service_area AS "serviceArea", seriousness,
              to_char(reported_on, 'YYYY-MM-DD') AS "reportedOn",
              to_char(actions_registered_on, 'YYYY-MM-DD') AS "actionsRegisteredOn",
              to_char(final_assessed_on, 'YYYY-MM-DD') AS "finalAssessedOn",
              to_char(ivo_reported_on, 'YYYY-MM-DD') AS "ivoReportedOn"
         FROM deviation ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}`,
      params,
    );
  }

  private async names(by: Grouping, keys: string[]): Promise<Map<string, string>> {
    if (by !== 'PROVIDER' && by !== 'UNIT') return new Map();
    const rows: { id: string; name: string }[] = await this.dataSource.query(
      `SELECT id, name FROM ${by === 'UNIT' ? 'unit_ref' : 'provider_ref'} WHERE id = ANY($1)`,
      [keys],
    );
    return new Map(rows.map((r) => [r.id, r.name]));
  }
}
