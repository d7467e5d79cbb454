import { Module } from '@nestjs/common';
import { PulseResolver } from './pulse.resolver';
import { PulseService } from './pulse.service';
import { PulseFollowUpsService } from './pulse-follow-ups.service';
import { PulsePeriodsService } from './pulse-periods.service';

/** The weekly crisis pulse: its periods and their questions, each provider's answers, the trend, officials' follow-ups of signals, who has not answered, and which scores are signals. */
@Module({ providers: [PulseService, PulsePeriodsService, PulseFollowUpsService, PulseResolver] })
export class PulseModule {}
