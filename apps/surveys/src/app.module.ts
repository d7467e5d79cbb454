import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { UNIT_CATALOGUE_ENTITIES, UnitCatalogue1732400000050, UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import { SurveyUnitsResolver } from './catalogue/survey-units.resolver';
import { SurveysConfig } from './config';

@Module({})
export class SurveysAppModule {
  static forRoot(config: SurveysConfig): DynamicModule {
    return {
      module: SurveysAppModule,
      imports: [
        ServiceKitModule.forRoot({ service: 'surveys', config, entities: UNIT_CATALOGUE_ENTITIES, migrations: [UnitCatalogue1732400000050] }),
        UnitCatalogueModule,
      ],
      providers: [SurveyUnitsResolver],
    };
  }
}
