import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import { CaseFlowImportModule } from './case-flow-import/case-flow-import.module';
import { CaseFlowsModule } from './case-flows/case-flows.module';
import { ForecastingConfig } from './config';
import { FORECASTING_ENTITIES, FORECASTING_MIGRATIONS } from './database';
import { EXTENDED_ENTITIES, FederationModule } from './federation/federation.module';
import { ForecastsModule } from './forecasts/forecasts.module';
import { PlacementImportModule } from './placement-import/placement-import.module';
import { PlacementsModule } from './placements/placements.module';
import { ProjectionsModule } from './projections/projections.module';

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
          extendedEntities: EXTENDED_ENTITIES,
        }),
        // Contracts' units and providers, kept from Kafka: case flows and capacity are counted on them.
        UnitCatalogueModule,
        CaseFlowsModule,
        CaseFlowImportModule,
        ForecastsModule,
        PlacementsModule,
        PlacementImportModule,
        ProjectionsModule,
        FederationModule,
      ],
    };
  }
}
