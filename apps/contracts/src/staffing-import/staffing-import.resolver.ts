import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { StaffingImportResult } from './staffing-import.models';
import { StaffingImportService } from './staffing-import.service';

@Resolver()
export class StaffingImportResolver {
  constructor(private readonly importer: StaffingImportService) {}

  @Mutation(() => StaffingImportResult, {
    description:
      'Imports staffing reports from CSV, one unit and half-year a row (header: unit_id or unit_code, year, half, managers, permanent, temporary, hourly, sick_leave_percent, staff_turnover_percent, optionally job_titles as "Undersköterska:12; Sjuksköterska:3"). Each row is a report as submitStaffingReport takes it, stored as a new version unless it says what the latest version says (then nothing is stored: importing a file twice adds nothing); created, changed and unchanged count them. With unit_code the rows name their units by their code in unitCodeSystem (e.g. TRESERVA), as the case system exports them. One bad row rejects the whole file. With dryRun: true the file is checked exactly as for an import and its rows returned, but nothing is stored (a preview).',
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL')
  importStaffingReports(
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
  ): Promise<StaffingImportResult> {
    return this.importer.import(csv, identity, dryRun, undefined, unitCodeSystem ?? null);
  }
}
