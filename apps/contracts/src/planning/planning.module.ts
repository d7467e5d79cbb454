import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { ChangeLogModule } from '../change-log/change-log.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { OrderingListModule } from '../ordering-list/ordering-list.module';
import { RiskSignalsModule } from '../risk-signals/risk-signals.module';
import { FollowUpPlanResolver, FollowUpSelectionResolver } from './planning.resolver';
import { PlanningService } from './planning.service';

@Module({
  imports: [ChangeLogModule, FollowUpsModule, RiskSignalsModule, BoardsModule, OrderingListModule],
  providers: [PlanningService, FollowUpPlanResolver, FollowUpSelectionResolver],
})
export class PlanningModule {}
