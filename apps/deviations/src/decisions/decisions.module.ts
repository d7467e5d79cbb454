import { Module } from '@nestjs/common';
import { AccessLogModule } from '../access-log/access-log.module';
import { DecisionsResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';

/** Decisions not executed, and the quarterly report of them to IVO and the board. */
@Module({ imports: [AccessLogModule], providers: [DecisionsService, DecisionsResolver] })
export class DecisionsModule {}
