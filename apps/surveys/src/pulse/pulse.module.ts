import { Module } from '@nestjs/common';
import { PulseResolver } from './pulse.resolver';
import { PulseService } from './pulse.service';

/** The weekly crisis pulse: each provider's scores, who has not answered, and which scores are signals. */
@Module({ providers: [PulseService, PulseResolver] })
export class PulseModule {}
