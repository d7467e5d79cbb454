import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { DeviationsConfig } from './config';
import { DEVIATIONS_ENTITIES, DEVIATIONS_MIGRATIONS } from './database';
import { AccessLogModule } from './access-log/access-log.module';
import { CategoriesModule } from './categories/categories.module';
import { DecisionsModule } from './decisions/decisions.module';
import { DeviationImportModule } from './deviation-import/deviation-import.module';
import { DeviationsModule } from './deviations/deviations.module';
import { FederationModule } from './federation/federation.module';
import { Provider } from './federation/provider.models';
import { Unit } from './federation/unit.models';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { ImprovementsModule } from './improvements/improvements.module';
import { RetentionModule } from './retention/retention.module';
import { RootCausesModule } from './root-causes/root-causes.module';
import { StatisticsModule } from './statistics/statistics.module';

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
        DeviationsModule,
        RootCausesModule,
        CategoriesModule,
        DeviationImportModule,
        StatisticsModule,
        DecisionsModule,
        ImprovementsModule,
        FollowUpsModule,
        AccessLogModule,
        RetentionModule,
        FederationModule,
      ],
    };
  }
}
