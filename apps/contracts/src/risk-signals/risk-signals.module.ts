import { Module } from '@nestjs/common';
import { ContractRiskService } from './contract-risk.service';
import { RiskSignalsConsumer } from './risk-signals.consumer';

@Module({
  providers: [ContractRiskService, RiskSignalsConsumer],
  exports: [ContractRiskService],
})
export class RiskSignalsModule {}
