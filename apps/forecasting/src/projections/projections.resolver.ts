import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { ProjectionArgs, UsageRatesInput } from './projections.inputs';
import { PopulationImportResult, Projection } from './projections.models';
import { ProjectionsService } from './projections.service';

@Resolver()
export class ProjectionsResolver {
  constructor(private readonly projections: ProjectionsService) {}

  @Mutation(() => PopulationImportResult, {
    description:
      "Population per age band and year in Statistics Sweden's CSV table format (region, ålder, one column per year).",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  importPopulation(@Args('csv') csv: string): Promise<PopulationImportResult> {
    return this.projections.importPopulation(csv);
  }

  @Mutation(() => Int, { description: "Replaces a service area's usage rates per age band; returns how many." })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  setUsageRates(@Args('input') input: UsageRatesInput): Promise<number> {
    return this.projections.setRates(input);
  }

  @Query(() => Projection)
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  projection(@Args() args: ProjectionArgs): Promise<Projection> {
    return this.projections.project(args);
  }
}
