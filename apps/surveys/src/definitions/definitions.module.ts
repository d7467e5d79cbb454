import { Module } from '@nestjs/common';
import { DefinitionsResolver } from './definitions.resolver';
import { DefinitionsService } from './definitions.service';

/** Survey definitions: questions, answer scales and which answers count as positive, versioned by code. */
@Module({ providers: [DefinitionsService, DefinitionsResolver], exports: [DefinitionsService] })
export class DefinitionsModule {}
