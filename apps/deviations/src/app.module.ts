import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import { DeviationsConfig } from './config';
import { DEVIATIONS_ENTITIES, DEVIATIONS_MIGRATIONS } from './database';
import { DeviationsResolver } from './deviations/deviations.resolver';
import { DeviationsService } from './deviations/deviations.service';
import { DeviationStatisticsService } from './unit-statistics/deviation-statistics.service';
import { DeviationStatisticsResolver } from './unit-statistics/deviation-statistics.resolver';
import { UnitStatisticsResolver } from './unit-statistics/unit-statistics.resolver';
import { Unit } from './unit-statistics/unit.model';

@Module({})
export class DeviationsAppModule {
  static forRoot(config: DeviationsConfig): DynamicModule {
    return {
      module: DeviationsAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'deviations', config, entities: DEVIATIONS_ENTITIES, migrations: DEVIATIONS_MIGRATIONS, extendedEntities: [Unit] }),
        UnitCatalogueModule,
      ],
      providers: [DeviationsService, DeviationsResolver, DeviationStatisticsService, DeviationStatisticsResolver, UnitStatisticsResolver],
    };
  }
}
