import { Module } from '@nestjs/common';
import { DeviationImprovementsResolver } from './deviation-improvements.resolver';
import { ImprovementsResolver } from './improvements.resolver';
import { ImprovementsService } from './improvements.service';

/** Improvements learned from deviations and follow-ups, followed through plan–do–study–act and counted per period. */
@Module({ providers: [ImprovementsService, ImprovementsResolver, DeviationImprovementsResolver] })
export class ImprovementsModule {}
