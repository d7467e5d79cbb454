import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import { DeviationsConfig } from './config';
import { DEVIATIONS_ENTITIES, DEVIATIONS_MIGRATIONS } from './database';
import { DecisionsResolver, DecisionsService } from './decisions/decisions';
import { DeviationsResolver } from './deviations/deviations.resolver';
import { DeviationsService } from './deviations/deviations.service';
import { DeviationImportResolver } from './import/deviation-import.resolver';
import { DeviationImportService } from './import/deviation-import.service';
import { FollowUpLinks, FollowUpLinksResolver } from './follow-ups/follow-up-links';
import { ImprovementsResolver, ImprovementsService } from './improvements/improvements';
import { RootCausesResolver, RootCausesService } from './root-causes/root-causes';
import {
  DeviationStatisticsResolver,
  ProviderStatisticsResolver,
  UnitStatisticsResolver,
} from './statistics/deviation-statistics.resolver';
import { DeviationStatisticsService } from './statistics/deviation-statistics.service';
import { Provider } from './statistics/provider.model';
import { Unit } from './statistics/unit.model';

@Module({})
export class DeviationsAppModule {
  static forRoot(config: DeviationsConfig): DynamicModule {
    return {
      module: DeviationsAppModule,
      imports: [
        ServiceKitModule.forRoot({
          service: 'deviations',
          config,
          entities: DEVIATIONS_ENTITIES,
          migrations: DEVIATIONS_MIGRATIONS,
          extendedEntities: [Unit, Provider],
        }),
        UnitCatalogueModule,
      ],
      providers: [
        DeviationsService,
        DeviationsResolver,
        DeviationImportService,
        DeviationImportResolver,
        DeviationStatisticsService,
        DeviationStatisticsResolver,
        UnitStatisticsResolver,
        ProviderStatisticsResolver,
        DecisionsService,
        DecisionsResolver,
        RootCausesService,
        RootCausesResolver,
        ImprovementsService,
        ImprovementsResolver,
        FollowUpLinks,
        FollowUpLinksResolver,
      ],
    };
  }
}
