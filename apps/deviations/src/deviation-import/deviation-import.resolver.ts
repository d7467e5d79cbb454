import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { DeviationImportPreview, DeviationImportResult } from './deviation-import.models';
import { DeviationImportService } from './deviation-import.service';
import { DeviationImportJobsService } from './deviation-import-jobs.service';
import { DeviationImportJob } from './import-job.entity';

const LAYOUT =
  "Without `source`, Kvalitetsnav's layout (header: unit_id, kind, occurred_on, reported_on, description, and optionally status, actions_registered_on, final_assessed_on, seriousness, ivo_reported_on, complainant, complaint_category, external_id); with it, the source's export as it comes, read through its saved mapping.";

@Resolver()
export class DeviationImportResolver {
  constructor(
    private readonly importer: DeviationImportService,
    private readonly jobs: DeviationImportJobsService,
  ) {}

  @Query(() => DeviationImportJob, {
    nullable: true,
    description:
      'A large file sent as a stream to POST /imports/deviations: its progress and outcome; null for a job someone else started.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER')
  deviationImportJob(
    @Args('id', { type: () => ID }) id: string,
    @CurrentIdentity() identity: Identity,
  ): Promise<DeviationImportJob | null> {
    return this.jobs.find(id, identity);
  }

  @Mutation(() => DeviationImportResult, {
    description: `Imports a period of deviations and complaints from CSV. ${LAYOUT} Rows with an external id update what was imported with it before and add nothing twice. One bad row rejects the whole file.`,
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER')
  importDeviations(
    @Args('csv') csv: string,
    @CurrentIdentity() identity: Identity,
    @Args('source', { nullable: true, description: 'The code of a deviationImportSource.' }) source?: string,
  ): Promise<DeviationImportResult> {
    return this.importer.import(csv, source ?? null, identity);
  }

  @Query(() => DeviationImportPreview, {
    description: `What importDeviations would do with the file, row by row, with every error; nothing is stored. ${LAYOUT}`,
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER')
  previewDeviationImport(
    @Args('csv') csv: string,
    @CurrentIdentity() identity: Identity,
    @Args('source', { nullable: true }) source?: string,
    @Args('limit', { type: () => Int, nullable: true, description: 'Rows to show; default 20, at most 200.' })
    limit?: number,
  ): Promise<DeviationImportPreview> {
    return this.importer.preview(csv, source ?? null, identity, Math.min(Math.max(limit ?? 20, 0), 200));
  }
}
