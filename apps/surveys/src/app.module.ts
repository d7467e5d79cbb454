import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import { SurveyUnitsResolver } from './catalogue/survey-units.resolver';
import { SurveysConfig } from './config';
import { SURVEYS_ENTITIES, SURVEYS_MIGRATIONS } from './database';

@Module({})
export class SurveysAppModule {
  static forRoot(config: SurveysConfig): DynamicModule {
    return {
      module: SurveysAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'surveys', config, entities: SURVEYS_ENTITIES, migrations: SURVEYS_MIGRATIONS }),
        UnitCatalogueModule,
      ],
      providers: [SurveyUnitsResolver],
    };
  }
}
