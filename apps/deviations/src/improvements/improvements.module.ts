import { Module } from '@nestjs/common';
import { ImprovementsResolver } from './improvements.resolver';
import { ImprovementsService } from './improvements.service';

/** Improvements learned from deviations, followed through plan–do–study–act. */
@Module({ providers: [ImprovementsService, ImprovementsResolver] })
export class ImprovementsModule {}
