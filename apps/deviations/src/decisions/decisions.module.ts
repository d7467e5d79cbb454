import { Module } from '@nestjs/common';
import { DecisionsResolver } from './decisions.resolver';
import { DecisionsService } from './decisions.service';

/** Decisions not executed, and the quarterly report of them to IVO and the board. */
@Module({ providers: [DecisionsService, DecisionsResolver] })
export class DecisionsModule {}
