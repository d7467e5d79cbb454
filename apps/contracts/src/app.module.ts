import { DynamicModule, Module } from '@nestjs/common';
import { ServiceKitModule } from '@kvalitetsnav/service-kit';
import { ApiKeyResolutionController } from './api-keys/api-key-resolution.controller';
import { ApiKeysResolver } from './api-keys/api-keys.resolver';
import { ApiKeysService } from './api-keys/api-keys.service';
import { ChangeLogResolver } from './change-log/change-log.resolver';
import { ChangeLogService } from './change-log/change-log.service';
import { ContractsResolver } from './contracts/contracts.resolver';
import { ContractsService } from './contracts/contracts.service';
import { ContractsConfig } from './config';
import { CONTRACTS_ENTITIES, CONTRACTS_MIGRATIONS } from './database';
import { ProviderReportsResolver, UnitReportsResolver } from './provider-reports/provider-reports.resolver';
import { ProviderReportsService } from './provider-reports/provider-reports.service';
import { ContractFollowUpsResolver } from './follow-ups/contract-follow-ups.resolver';
import { FollowUpsResolver } from './follow-ups/follow-ups.resolver';
import { FollowUpsService } from './follow-ups/follow-ups.service';
import { FollowUpPlanResolver, FollowUpSelectionResolver } from './planning/planning.resolver';
import { PlanningService } from './planning/planning.service';
import { ContractRiskService } from './risk-signals/contract-risk.service';
import { RiskSignalsConsumer } from './risk-signals/risk-signals.consumer';
import { ProvidersResolver } from './providers/providers.resolver';
import { ProvidersService } from './providers/providers.service';
import { UnitsResolver } from './units/units.resolver';
import { UnitsService } from './units/units.service';

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
      ],
      controllers: [ApiKeyResolutionController],
      providers: [
        ProvidersService,
        ProvidersResolver,
        UnitsService,
        UnitsResolver,
        ApiKeysService,
        ApiKeysResolver,
        ChangeLogService,
        ChangeLogResolver,
        ContractsService,
        ContractsResolver,
        ProviderReportsService,
        ProviderReportsResolver,
        UnitReportsResolver,
        FollowUpsService,
        FollowUpsResolver,
        ContractFollowUpsResolver,
        PlanningService,
        FollowUpPlanResolver,
        FollowUpSelectionResolver,
        ContractRiskService,
        RiskSignalsConsumer,
      ],
    };
  }
}
