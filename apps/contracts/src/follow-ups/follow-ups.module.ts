import { Module } from '@nestjs/common';
import { ChangeLogModule } from '../change-log/change-log.module';
import { RiskSignalsModule } from '../risk-signals/risk-signals.module';
import { ContractFollowUpsResolver } from './contract-follow-ups.resolver';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';

@Module({
  imports: [ChangeLogModule, RiskSignalsModule],
  providers: [FollowUpsService, FollowUpsResolver, ContractFollowUpsResolver],
  exports: [FollowUpsService],
})
export class FollowUpsModule {}
