import { Module } from '@nestjs/common';
import { KoladaImportResolver } from './kolada.resolver';
import { KoladaImportService } from './kolada.service';

/** National and municipal figures from Kolada, imported from its API's JSON, for comparison. */
@Module({ providers: [KoladaImportService, KoladaImportResolver] })
export class KoladaModule {}
