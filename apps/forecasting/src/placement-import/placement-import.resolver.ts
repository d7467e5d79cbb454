import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { PlacementImportResult } from './placement-import.models';
import { PlacementImportService } from './placement-import.service';

@Resolver()
export class PlacementImportResolver {
  constructor(private readonly importer: PlacementImportService) {}

  @Mutation(() => PlacementImportResult, {
    description:
      'Imports months of placements from CSV (header: month, form, placed, care_days, cost_sek, optionally ended, ended_duration_days). Each row is a report as submitPlacementReport takes it; one bad row rejects the whole file. With dryRun: true the file is checked exactly as for an import and its rows returned, but nothing is stored (a preview).',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  importPlacementReports(
    @Args('csv') csv: string,
    @Args('dryRun', { defaultValue: false, description: 'Check the file and return its rows, storing nothing.' })
    dryRun: boolean,
  ): Promise<PlacementImportResult> {
    return this.importer.import(csv, dryRun);
  }
}
