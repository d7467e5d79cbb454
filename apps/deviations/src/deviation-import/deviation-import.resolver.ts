import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { DeviationImportResult } from './deviation-import.models';
import { DeviationImportService } from './deviation-import.service';

@Resolver()
export class DeviationImportResolver {
  constructor(private readonly importer: DeviationImportService) {}

  @Mutation(() => DeviationImportResult, {
    description:
      'Imports a period of deviations and complaints from CSV (header: unit_id, kind, occurred_on, reported_on, description, and optionally status, actions_registered_on, final_assessed_on, seriousness, ivo_reported_on, complainant, complaint_category). One bad row rejects the whole file.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER')
  importDeviations(@Args('csv') csv: string, @CurrentIdentity() identity: Identity): Promise<DeviationImportResult> {
    return this.importer.import(csv, identity);
  }
}
