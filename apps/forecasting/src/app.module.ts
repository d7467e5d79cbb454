import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import {
  CaseFlowsResolver,
  CaseFlowsService,
  Provider,
  ProviderCaseFlowResolver,
  Unit,
  UnitCaseFlowResolver,
} from './case-flows/case-flows';
import { ForecastUnitsResolver } from './catalogue/forecast-units.resolver';
import { ForecastingConfig } from './config';
import { FORECASTING_ENTITIES, FORECASTING_MIGRATIONS } from './database';
import { ForecastsResolver, ForecastsService } from './forecasts/forecasts';
import { PlacementsResolver, PlacementsService } from './placements/placements';
import { ProjectionsResolver, ProjectionsService } from './projections/projections';

@Module({})
export class ForecastingAppModule {
  static forRoot(config: ForecastingConfig): DynamicModule {
    return {
      module: ForecastingAppModule,
      imports: [
        ServiceKitModule.forRoot({
          service: 'forecasting',
          config,
          entities: FORECASTING_ENTITIES,
          migrations: FORECASTING_MIGRATIONS,
          extendedEntities: [Unit, Provider],
        }),
        UnitCatalogueModule,
      ],
      providers: [
        ForecastUnitsResolver,
        CaseFlowsService,
        CaseFlowsResolver,
        UnitCaseFlowResolver,
        ProviderCaseFlowResolver,
        ForecastsService,
        ForecastsResolver,
        PlacementsService,
        PlacementsResolver,
        ProjectionsService,
        ProjectionsResolver,
      ],
    };
  }
}
