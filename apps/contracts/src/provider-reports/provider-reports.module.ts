import { Module } from '@nestjs/common';
import { ProviderReportsResolver, UnitReportsResolver } from './provider-reports.resolver';
import { ProviderReportsService } from './provider-reports.service';

@Module({
  providers: [ProviderReportsService, ProviderReportsResolver, UnitReportsResolver],
  exports: [ProviderReportsService],
})
export class ProviderReportsModule {}
