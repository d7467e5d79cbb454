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
      'Imports staffing reports from CSV, one unit and half-year a row (header: unit_id, year, half, managers, permanent, temporary, hourly, sick_leave_percent, staff_turnover_percent, optionally job_titles as "Undersköterska:12; Sjuksköterska:3"). Each row is a report as submitStaffingReport takes it, stored as a new version; one bad row rejects the whole file. With dryRun: true the file is checked exactly as for an import and its rows returned, but nothing is stored (a preview).',
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL')
  importStaffingReports(
    @Args('csv') csv: string,
    @CurrentIdentity() identity: Identity,
    @Args('dryRun', { defaultValue: false, description: 'Check the file and return its rows, storing nothing.' })
    dryRun: boolean,
  ): Promise<StaffingImportResult> {
    return this.importer.import(csv, identity, dryRun);
  }
}
