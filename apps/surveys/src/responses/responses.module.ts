import { Module } from '@nestjs/common';
import { ResponsesResolver } from './responses.resolver';
import { ResponsesService } from './responses.service';

/** Anonymous answer sheets, one by one or from a CSV file, within what each unit was offered. */
@Module({ providers: [ResponsesService, ResponsesResolver], exports: [ResponsesService] })
export class ResponsesModule {}
