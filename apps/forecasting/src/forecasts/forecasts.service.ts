import { Injectable } from '@nestjs/common';
import { Identity } from '@kvalitetsnav/auth';
import { addMonthsToMonth } from '@kvalitetsnav/calendar';
import { forecast } from '@kvalitetsnav/forecast';
import { refuseAll } from '@kvalitetsnav/service-kit';
import { CaseFlowsService } from '../case-flows/case-flows.service';
import { horizonViolation, seriesViolation, valueOf } from './forecast-rules';
import { ForecastSeriesInput } from './forecasts.inputs';
import { Forecast } from './forecasts.models';

@Injectable()
export class ForecastsService {
  constructor(private readonly caseFlows: CaseFlowsService) {}

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
      baseline: result.baseline,
      beatsBaseline: result.beatsBaseline,
    };
  }
}
