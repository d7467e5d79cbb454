import { Module } from '@nestjs/common';
import { StatisticsModule } from '../statistics/statistics.module';
import { ProviderResolver } from './provider.resolver';
import { UnitResolver } from './unit.resolver';

/** Contracts' Unit and Provider (stubs in unit.models.ts, provider.models.ts), extended with deviation figures. */
@Module({ imports: [StatisticsModule], providers: [UnitResolver, ProviderResolver] })
export class FederationModule {}
