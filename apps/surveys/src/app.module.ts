import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { UnitCatalogueModule } from '@kvalitetsnav/unit-catalogue';
import { SurveysConfig } from './config';
import { SURVEYS_ENTITIES, SURVEYS_MIGRATIONS } from './database';
import { AnswerLinksModule } from './answer-links/answer-links.module';
import { DefinitionsModule } from './definitions/definitions.module';
import { FederationModule } from './federation/federation.module';
import { Unit } from './federation/unit.models';
import { KoladaModule } from './kolada/kolada.module';
import { PulseModule } from './pulse/pulse.module';
import { ResponsesModule } from './responses/responses.module';
import { ResultsModule } from './results/results.module';
import { RoundsModule } from './rounds/rounds.module';

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
        // The local copy of contracts' providers and units, kept from Kafka: rounds and the pulse read it.
        UnitCatalogueModule,
        DefinitionsModule,
        RoundsModule,
        ResponsesModule,
        AnswerLinksModule,
        ResultsModule,
        KoladaModule,
        PulseModule,
        FederationModule,
      ],
    };
  }
}
