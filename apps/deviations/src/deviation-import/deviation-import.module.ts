import { Module } from '@nestjs/common';
import { DeviationImportResolver } from './deviation-import.resolver';
import { DeviationImportService } from './deviation-import.service';

/** A period's deviations from a case system's CSV export, all rows or none. */
@Module({ providers: [DeviationImportService, DeviationImportResolver] })
export class DeviationImportModule {}
