import { Module } from '@nestjs/common';
import { RetentionResolver } from './retention.resolver';
import { RetentionScheduleService } from './retention-schedule.service';
import { RetentionService } from './retention.service';

/** Retention (gallring): protected originals and free texts culled once their time has passed, daily. */
@Module({
  providers: [RetentionService, RetentionScheduleService, RetentionResolver],
  exports: [RetentionService, RetentionScheduleService],
})
export class RetentionModule {}
