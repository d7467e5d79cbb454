import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import { SurveyUnitsResolver } from './catalogue/survey-units.resolver';
import { SurveysConfig } from './config';
import { SURVEYS_ENTITIES, SURVEYS_MIGRATIONS } from './database';
import { DefinitionsResolver, DefinitionsService } from './definitions/definitions';
import { KoladaImportResolver, KoladaImportService } from './kolada/kolada-import';
import { PulseResolver, PulseService } from './pulse/pulse';
import { ResponsesResolver, ResponsesService } from './responses/responses';
import { ResultsResolver, ResultsService, Unit, UnitResultsResolver } from './results/results';
import { RoundsResolver, RoundsService } from './rounds/rounds';

@Module({})
export class SurveysAppModule {
  static forRoot(config: SurveysConfig): DynamicModule {
    return {
      module: SurveysAppModule,
      imports: [
        ServiceKitModule.forRoot({
          service: 'surveys',
          config,
          entities: SURVEYS_ENTITIES,
          migrations: SURVEYS_MIGRATIONS,
          extendedEntities: [Unit],
        }),
        UnitCatalogueModule,
      ],
      providers: [
        SurveyUnitsResolver,
        DefinitionsService,
        DefinitionsResolver,
        RoundsService,
        RoundsResolver,
        ResponsesService,
        ResponsesResolver,
        ResultsService,
        ResultsResolver,
        UnitResultsResolver,
        KoladaImportService,
        KoladaImportResolver,
        PulseService,
        PulseResolver,
      ],
    };
  }
}
