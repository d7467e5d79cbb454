import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Identity, NO_ROWS, providerFilter } from '@kvalitetsnav/auth';
import { addMonthsToMonth } from '@kvalitetsnav/calendar';
import { forecast } from '@kvalitetsnav/forecast';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { CaseFlowsService } from '../case-flows/case-flows.service';
import { UnitRef } from '@kvalitetsnav/unit-catalogue';
import { totalsPerMonth } from '../case-flows/case-flow-rules';
import { horizonViolation, readinessOf, seriesViolation, valueOf } from './forecast-rules';
import { ForecastSeriesInput } from './forecasts.inputs';
import { Forecast, ForecastReadiness } from './forecasts.models';

@Injectable()
export class ForecastsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly caseFlows: CaseFlowsService,
  ) {}

  /** Every unit the caller sees, those that can be forecast first, each with the months it has. */
  async readiness(identity: Identity): Promise<ForecastReadiness[]> {
    const providerId = providerFilter(identity, null);
    if (providerId === NO_ROWS) return [];
    const units = await this.dataSource
      .getRepository(UnitRef)
      .find({ where: providerId ? { providerId } : {}, order: { name: 'ASC' } });
    const reports = await this.caseFlows.latest({ source: 'PROVIDER' }, identity);
    return units
      .map((unit) => {
        const { refusal, ...readiness } = readinessOf(totalsPerMonth(reports.filter((r) => r.unitId === unit.id)));
        return {
          unitId: unit.id,
          unitName: unit.name,
          providerId: unit.providerId,
          ...readiness,
          rule: refusal?.rule ?? null,
          params: refusal?.params ?? null,
        };
      })
      .sort((a, b) => Number(b.ready) - Number(a.ready));
  }

  async forecast(series: ForecastSeriesInput, horizon: number, identity: Identity): Promise<Forecast> {
    refuseAll([horizonViolation(horizon)]);
    const months = await this.caseFlows.monthly(
      { unitId: series.unitId, providerId: series.providerId, service: series.service, source: 'PROVIDER' },
      identity,
    );
    refuseAll([seriesViolation(months)]);
    const values = months.map((m) => valueOf(m, series.measure));
    const result = forecast(values, horizon, { period: 12 });
    const last = months[months.length - 1].month;
    return {
      model: result.model,
      components: result.components,
      seasonal: result.seasonal,
      level: result.level,
      history: months.map((m, i) => ({ month: m.month, value: values[i] })),
      points: result.point.map((value, i) => ({
        month: addMonthsToMonth(last, i + 1),
        value,
        lower: result.lower[i],
        upper: result.upper[i],
      })),
      candidates: result.candidates,
      accuracy: result.accuracy,
      noAccuracyReason: result.noAccuracyReason,
      noAccuracyParams: result.noAccuracyParams,
      baseline: result.baseline,
      beatsBaseline: result.beatsBaseline,
    };
  }
}
