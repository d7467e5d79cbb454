import { Module } from '@nestjs/common';
import { BoardsModule } from '../boards/boards.module';
import { ChangeLogModule } from '../change-log/change-log.module';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { ContractsResolver } from './contracts.resolver';
import { ContractsService } from './contracts.service';

@Module({
  imports: [ChangeLogModule, FollowUpsModule, BoardsModule],
  providers: [ContractsService, ContractsResolver],
})
export class ContractsModule {}
