import { Module } from '@nestjs/common';
import { DeviationsModule } from '../deviations/deviations.module';
import { FollowUpsConsumer } from './follow-ups.consumer';
import { FollowUpsResolver } from './follow-ups.resolver';
import { FollowUpsService } from './follow-ups.service';

/** Contracts' follow-ups as deviations knows them, and linking a deviation's actions to one. */
@Module({
  imports: [DeviationsModule],
  providers: [FollowUpsConsumer, FollowUpsService, FollowUpsResolver],
})
export class FollowUpsModule {}
