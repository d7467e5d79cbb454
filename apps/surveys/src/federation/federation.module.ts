import { Module } from '@nestjs/common';
import { ResultsModule } from '../results/results.module';
import { UnitResultsResolver } from './unit.resolver';

/** What surveys adds to other subgraphs' entities: Unit.surveyResults. */
@Module({ imports: [ResultsModule], providers: [UnitResultsResolver] })
export class FederationModule {}
