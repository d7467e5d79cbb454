import { Module } from '@nestjs/common';
import { RoundsResolver } from './rounds.resolver';
import { RoundsService } from './rounds.service';

/** Survey rounds: a definition run for a period at a set of units, closed to publish the results. */
@Module({ providers: [RoundsService, RoundsResolver] })
export class RoundsModule {}
