import { Module } from '@nestjs/common';
import { DeviationImportController } from './deviation-import.controller';
import { DeviationImportJobsService } from './deviation-import-jobs.service';
import { DeviationImportResolver } from './deviation-import.resolver';
import { DeviationImportService } from './deviation-import.service';
import { ImportSourcesResolver } from './import-sources.resolver';
import { ImportSourcesService } from './import-sources.service';

/** A period's deviations from a case system's export, all rows or none, read through its source's mapping. */
@Module({
  controllers: [DeviationImportController],
  providers: [
    DeviationImportService,
    DeviationImportJobsService,
    DeviationImportResolver,
    ImportSourcesService,
    ImportSourcesResolver,
  ],
})
export class DeviationImportModule {}
