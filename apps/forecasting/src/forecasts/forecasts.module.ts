import { Module } from '@nestjs/common';
import { CaseFlowsModule } from '../case-flows/case-flows.module';
import { ForecastsResolver } from './forecasts.resolver';
import { ForecastsService } from './forecasts.service';

/** Short-term forecasts of the monthly case flows. */
@Module({ imports: [CaseFlowsModule], providers: [ForecastsService, ForecastsResolver] })
export class ForecastsModule {}
