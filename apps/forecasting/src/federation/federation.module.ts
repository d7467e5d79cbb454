import { Module } from '@nestjs/common';
import { CaseFlowsModule } from '../case-flows/case-flows.module';
import { ProviderCaseFlowResolver } from './provider-case-flow.resolver';
import { Provider } from './provider.models';
import { UnitCaseFlowResolver } from './unit-case-flow.resolver';
import { Unit } from './unit.models';

/** Contracts' entities this subgraph extends without returning them from a query of its own. */
export const EXTENDED_ENTITIES = [Unit, Provider];

/** The fields forecasting adds to contracts' Unit and Provider. */
@Module({ imports: [CaseFlowsModule], providers: [UnitCaseFlowResolver, ProviderCaseFlowResolver] })
export class FederationModule {}
