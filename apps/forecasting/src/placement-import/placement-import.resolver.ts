import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { PlacementImportResult } from './placement-import.models';
import { PlacementImportService } from './placement-import.service';

@Resolver()
export class PlacementImportResolver {
  constructor(private readonly importer: PlacementImportService) {}

  @Mutation(() => PlacementImportResult, {
    description:
      "Imports months of placements from CSV (header: optionally unit_id, then month, form, placed, care_days, cost_sek, optionally ended, ended_duration_days; a provider names one of its own units on every row, an official may leave unit_id empty for the administration's own figures). Each row is a report as submitPlacementReport takes it; one bad row rejects the whole file. With dryRun: true the file is checked exactly as for an import and its rows returned, but nothing is stored (a preview).",
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL')
  importPlacementReports(
    @Args('csv') csv: string,
    @CurrentIdentity() identity: Identity,
    @Args('dryRun', { defaultValue: false, description: 'Check the file and return its rows, storing nothing.' })
    dryRun: boolean,
  ): Promise<PlacementImportResult> {
    return this.importer.import(csv, identity, dryRun);
  }
}
