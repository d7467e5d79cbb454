import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { PlacementReport } from './placement-report.entity';
import { PlacementPeriodArgs, PlacementReportInput } from './placements.inputs';
import { PlacementSummary } from './placements.models';
import { PlacementsService } from './placements.service';

@Resolver()
export class PlacementsResolver {
  constructor(private readonly placements: PlacementsService) {}

  @Mutation(() => PlacementReport, { description: "A month's placements for one form; reporting again replaces them." })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL')
  submitPlacementReport(@Args('input') input: PlacementReportInput): Promise<PlacementReport> {
    return this.placements.submit(input);
  }

  @Query(() => [PlacementSummary], { description: 'Per placement form and in total, from and to months inclusive.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  placementSummary(@Args() { from, to }: PlacementPeriodArgs): Promise<PlacementSummary[]> {
    return this.placements.summary(from, to);
  }
}
