import { Module } from '@nestjs/common';
import { RoundsResolver, RoundUnitResolver } from './rounds.resolver';
import { RoundsService } from './rounds.service';

/** Survey rounds: a definition run for a period at a set of units, closed to publish the results. */
@Module({ providers: [RoundsService, RoundsResolver, RoundUnitResolver] })
export class RoundsModule {}
