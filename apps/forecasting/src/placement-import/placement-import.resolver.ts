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
      "Imports months of placements from CSV (header: optionally unit_id or unit_code, then month, form, placed, care_days, cost_sek, optionally ended, ended_duration_days; a provider names one of its own units on every row, an official may leave unit_id empty for the administration's own figures). Each row is a report as submitPlacementReport takes it, replacing what was reported unless it says the same (then nothing is stored: importing a file twice adds nothing); created, changed and unchanged count them. With unit_code the rows name their units by their code in unitCodeSystem (e.g. TRESERVA), as the case system exports them. One bad row rejects the whole file. With dryRun: true the file is checked exactly as for an import and its rows returned, but nothing is stored (a preview).",
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL')
  importPlacementReports(
    @Args('csv') csv: string,
    @CurrentIdentity() identity: Identity,
    @Args('dryRun', { defaultValue: false, description: 'Check the file and return its rows, storing nothing.' })
    dryRun: boolean,
    @Args('unitCodeSystem', {
      nullable: true,
      type: () => String,
      description:
        'The system whose unit codes the unit_code column holds, as an UPPER_SNAKE code (e.g. TRESERVA); required with unit_code, refused without it.',
    })
    unitCodeSystem: string | null,
  ): Promise<PlacementImportResult> {
    return this.importer.import(csv, identity, dryRun, unitCodeSystem ?? null);
  }
}
