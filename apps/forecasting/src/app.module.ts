import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import { ForecastUnitsResolver } from './catalogue/forecast-units.resolver';
import { ForecastingConfig } from './config';
import { FORECASTING_ENTITIES, FORECASTING_MIGRATIONS } from './database';

@Module({})
export class ForecastingAppModule {
  static forRoot(config: ForecastingConfig): DynamicModule {
    return {
      module: ForecastingAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'forecasting', config, entities: FORECASTING_ENTITIES, migrations: FORECASTING_MIGRATIONS }),
        UnitCatalogueModule,
      ],
      providers: [ForecastUnitsResolver],
    };
  }
}
