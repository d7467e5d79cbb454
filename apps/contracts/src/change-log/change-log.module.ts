import { Module } from '@nestjs/common';
import { ChangeLogResolver } from './change-log.resolver';
import { ChangeLogService } from './change-log.service';

@Module({
  providers: [ChangeLogService, ChangeLogResolver],
  exports: [ChangeLogService],
})
export class ChangeLogModule {}
