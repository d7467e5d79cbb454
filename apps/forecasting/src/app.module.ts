import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { UNIT_CATALOGUE_ENTITIES, UnitCatalogue1732400000050, UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import { ForecastUnitsResolver } from './catalogue/forecast-units.resolver';
import { ForecastingConfig } from './config';

@Module({})
export class ForecastingAppModule {
  static forRoot(config: ForecastingConfig): DynamicModule {
    return {
      module: ForecastingAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'forecasting', config, entities: UNIT_CATALOGUE_ENTITIES, migrations: [UnitCatalogue1732400000050] }),
        UnitCatalogueModule,
      ],
      providers: [ForecastUnitsResolver],
    };
  }
}
