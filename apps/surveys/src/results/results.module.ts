import { Module } from '@nestjs/common';
import { ResultsResolver } from './results.resolver';
import { ResultsService } from './results.service';

/** A round's results: rates and shares with their working, small cells hidden, beside Kolada's figures. */
@Module({ providers: [ResultsService, ResultsResolver], exports: [ResultsService] })
export class ResultsModule {}
