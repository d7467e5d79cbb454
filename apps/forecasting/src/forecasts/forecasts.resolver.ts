import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { ForecastSeriesInput } from './forecasts.inputs';
import { Forecast, ForecastReadiness } from './forecasts.models';
import { ForecastsService } from './forecasts.service';

@Resolver()
export class ForecastsResolver {
  constructor(private readonly forecasts: ForecastsService) {}

  @Query(() => Forecast, {
    description: 'Forecasts a monthly case-flow series (at least 24 months, no gaps) for 1 to 36 months.',
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  forecast(
    @Args('series', { type: () => ForecastSeriesInput }) series: ForecastSeriesInput,
    @Args('horizon', { type: () => Int }) horizon: number,
    @CurrentIdentity() identity: Identity,
  ): Promise<Forecast> {
    return this.forecasts.forecast(series, horizon, identity);
  }

  @Query(() => [ForecastReadiness], {
    description: 'Per unit: whether its case flows can be forecast, and how many months it has reported.',
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  forecastReadiness(@CurrentIdentity() identity: Identity): Promise<ForecastReadiness[]> {
    return this.forecasts.readiness(identity);
  }
}
