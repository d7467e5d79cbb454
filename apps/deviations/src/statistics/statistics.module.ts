import { Module } from '@nestjs/common';
import { StatisticsResolver } from './statistics.resolver';
import { StatisticsService } from './statistics.service';

/** Deviation figures: counts, the two-month rule's shares, trends; figures only, no personal data. */
@Module({ providers: [StatisticsService, StatisticsResolver], exports: [StatisticsService] })
export class StatisticsModule {}
