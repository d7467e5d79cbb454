import { Module } from '@nestjs/common';
import { FollowUpsModule } from '../follow-ups/follow-ups.module';
import { ThematicFollowUpsResolver } from './thematic-follow-ups.resolver';
import { ThematicFollowUpsService } from './thematic-follow-ups.service';

@Module({
  imports: [FollowUpsModule],
  providers: [ThematicFollowUpsService, ThematicFollowUpsResolver],
})
export class ThematicFollowUpsModule {}
