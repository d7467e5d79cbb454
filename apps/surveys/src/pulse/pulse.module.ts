import { Module } from '@nestjs/common';
import { PulseResolver } from './pulse.resolver';
import { PulseService } from './pulse.service';
import { PulsePeriodsService } from './pulse-periods.service';

/** The weekly crisis pulse: its periods, each provider's scores, who has not answered, and which scores are signals. */
@Module({ providers: [PulseService, PulsePeriodsService, PulseResolver] })
export class PulseModule {}
