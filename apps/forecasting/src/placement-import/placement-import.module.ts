import { Module } from '@nestjs/common';
import { PlacementsModule } from '../placements/placements.module';
import { PlacementImportResolver } from './placement-import.resolver';
import { PlacementImportService } from './placement-import.service';

/** Months of placements at once, from a spreadsheet's CSV. */
@Module({ imports: [PlacementsModule], providers: [PlacementImportService, PlacementImportResolver] })
export class PlacementImportModule {}
