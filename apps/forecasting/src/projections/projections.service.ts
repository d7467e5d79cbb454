import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { forecastingViolation } from '@kvalitetsnav/codes';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { loadServiceAreaList } from '@kvalitetsnav/unit-catalogue';
import { Population } from './population.entity';
import { parseScbPopulation, problemAt } from './population-rules';
import { projectDemand, usageRateViolations } from './projection-rules';
import { ProjectionArgs, UsageRatesInput } from './projections.inputs';
import { PopulationImportResult, Projection } from './projections.models';
import { UsageRate } from './usage-rate.entity';

@Injectable()
export class ProjectionsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** All or nothing: a table with any problem imports no rows and says what is wrong where. */
  async importPopulation(csv: string): Promise<PopulationImportResult> {
    const { rows, problems } = parseScbPopulation(csv);
    if (problems.length)
      return {
        accepted: false,
        imported: 0,
        errors: problems.map((p) => p.message),
        problems: problems.map(problemAt),
      };
    await this.dataSource.transaction(async (manager) => {
      for (const r of rows) {
        await manager.query(
          `INSERT INTO population (region, age_band, year, count) VALUES ($1, $2, $3, $4) ON CONFLICT (region, age_band, year) DO UPDATE SET count = EXCLUDED.count`,
          [r.region, r.ageBand, r.year, r.count],
        );
      }
    });
    return { accepted: true, imported: rows.length, errors: [], problems: [] };
  }

  async setRates(input: UsageRatesInput): Promise<number> {
    const areas = await loadServiceAreaList(this.dataSource);
    refuseAll([
      areas.has(input.serviceArea)
        ? null
        : forecastingViolation('UNKNOWN', 'serviceArea', { entity: 'SERVICE_AREA', ids: [input.serviceArea] }),
      ...usageRateViolations(input.rates),
    ]);
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(UsageRate, { serviceArea: input.serviceArea });
      if (input.rates.length)
        await manager.insert(
          UsageRate,
          input.rates.map((r) => ({ serviceArea: input.serviceArea, ageBand: r.ageBand, rate: r.rate })),
        );
    });
    return input.rates.length;
  }

  async project({ serviceArea, region, fromYear, years }: ProjectionArgs): Promise<Projection> {
    const [rates, areas] = await Promise.all([
      this.dataSource.getRepository(UsageRate).findBy({ serviceArea }),
      loadServiceAreaList(this.dataSource),
    ]);
    if (!areas.has(serviceArea))
      throw forecastingViolation('UNKNOWN', 'serviceArea', { entity: 'SERVICE_AREA', ids: [serviceArea] });
    if (!rates.length)
      throw forecastingViolation('NO_USAGE_RATES', 'serviceArea', {
        serviceArea,
        name: areas.name(serviceArea) ?? serviceArea,
      });
    const population = await this.dataSource.getRepository(Population).findBy({ region });
    if (!population.length) throw forecastingViolation('UNKNOWN', 'region', { entity: 'REGION', ids: [region] });
    const [{ places }] = await this.dataSource.query(
      `SELECT COALESCE(SUM(places), 0)::int AS places FROM unit_ref WHERE service_area = $1`,
      [serviceArea],
    );
    const result = projectDemand(
      population,
      Object.fromEntries(rates.map((r) => [r.ageBand, r.rate])),
      places,
      Array.from({ length: years }, (_, i) => fromYear + i),
    );
    return { serviceArea, region, capacity: places, ...result };
  }
}
