import { Module } from '@nestjs/common';
import { ResponsesModule } from '../responses/responses.module';
import { AnswerLinksResolver } from './answer-links.resolver';
import { AnswerLinksService } from './answer-links.service';

/** A link per round and unit that respondents answer through without signing in, e.g. on a tablet. */
@Module({ imports: [ResponsesModule], providers: [AnswerLinksService, AnswerLinksResolver] })
export class AnswerLinksModule {}
