import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { DeviationImportSource } from './import-source.entity';
import { SaveImportSourceInput } from './import-source.inputs';
import { ImportSourcesService } from './import-sources.service';

@Resolver(() => DeviationImportSource)
export class ImportSourcesResolver {
  constructor(private readonly sources: ImportSourcesService) {}

  @Query(() => [DeviationImportSource], {
    description: 'The systems deviations are imported from, with their mappings.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'PROVIDER')
  deviationImportSources(): Promise<DeviationImportSource[]> {
    return this.sources.list();
  }

  @Mutation(() => DeviationImportSource, {
    description: 'Registers a source of deviation exports or replaces its mapping of headers and values.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  saveDeviationImportSource(
    @Args('input') input: SaveImportSourceInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<DeviationImportSource> {
    return this.sources.save(input, identity);
  }
}
