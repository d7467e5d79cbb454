import { Module } from '@nestjs/common';
import { PlacementsResolver } from './placements.resolver';
import { PlacementsService } from './placements.service';

/** Out-of-home placements per month and placement form, and their totals over a period. */
@Module({ providers: [PlacementsService, PlacementsResolver], exports: [PlacementsService] })
export class PlacementsModule {}
