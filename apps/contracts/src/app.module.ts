import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { ApiKeysModule } from './api-keys/api-keys.module';
import { ChangeLogModule } from './change-log/change-log.module';
import { ContractsConfig } from './config';
import { ContractRequirementsModule } from './contract-requirements/contract-requirements.module';
import { ContractsModule } from './contracts/contracts.module';
import { CoverageModule } from './follow-up-coverage/coverage.module';
import { CONTRACTS_ENTITIES, CONTRACTS_MIGRATIONS } from './database';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { PlanningModule } from './planning/planning.module';
import { QuestionGuidesModule } from './question-guides/question-guides.module';
import { ThematicFollowUpsModule } from './thematic-follow-ups/thematic-follow-ups.module';
import { ProviderActivityModule } from './provider-activity/provider-activity.module';
import { ProviderContactsModule } from './provider-contacts/provider-contacts.module';
import { ProviderReportsModule } from './provider-reports/provider-reports.module';
import { ProvidersModule } from './providers/providers.module';
import { RemindersModule } from './reminders/reminders.module';
import { RiskSignalsModule } from './risk-signals/risk-signals.module';
import { SupervisionModule } from './supervision/supervision.module';
import { BoardsModule } from './boards/boards.module';
import { ServiceAreasModule } from './service-areas/service-areas.module';
import { StaffingImportModule } from './staffing-import/staffing-import.module';
import { UnitsModule } from './units/units.module';
import { OrderingListModule } from './ordering-list/ordering-list.module';

@Module({})
export class ContractsAppModule {
  static forRoot(config: ContractsConfig): DynamicModule {
    return {
      module: ContractsAppModule,
      imports: [
        ServiceKitModule.forRoot({
          service: 'contracts',
          config,
          entities: CONTRACTS_ENTITIES,
          migrations: CONTRACTS_MIGRATIONS,
        }),
        ProvidersModule,
        UnitsModule,
        ApiKeysModule,
        ChangeLogModule,
        ContractsModule,
        ProviderReportsModule,
        ProviderActivityModule,
        StaffingImportModule,
        FollowUpsModule,
        PlanningModule,
        RiskSignalsModule,
        ProviderContactsModule,
        RemindersModule,
        SupervisionModule,
        BoardsModule,
        ServiceAreasModule,
        QuestionGuidesModule,
        ThematicFollowUpsModule,
        OrderingListModule,
        ContractRequirementsModule,
        CoverageModule,
      ],
    };
  }
}
