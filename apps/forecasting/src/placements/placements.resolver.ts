import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { PlacementReport } from './placement-report.entity';
import { PlacementFilter, PlacementPeriodArgs, PlacementReportInput } from './placements.inputs';
import { PlacementSummary } from './placements.models';
import { PlacementsService } from './placements.service';

/** As for case flows: a provider reports for its own units, officials for any or for none. */
const REPORTERS = ['PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL'] as const;

@Resolver()
export class PlacementsResolver {
  constructor(private readonly placements: PlacementsService) {}

  @Mutation(() => PlacementReport, {
    description:
      "A month's placements for one form, at a unit (a provider names one of its own) or the administration's own; reporting again replaces them.",
  })
  @RequireRoles(...REPORTERS)
  submitPlacementReport(
    @Args('input') input: PlacementReportInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<PlacementReport> {
    return this.placements.submit(input, identity);
  }

  @Query(() => [PlacementReport], {
    description: 'The reports, newest month first; a provider sees those of its own units.',
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  placementReports(
    @Args('filter', { type: () => PlacementFilter, nullable: true }) filter: PlacementFilter | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<PlacementReport[]> {
    return this.placements.reports(filter ?? {}, identity);
  }

  @Query(() => [PlacementSummary], { description: 'Per placement form and in total, from and to months inclusive.' })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING')
  placementSummary(@Args() { from, to }: PlacementPeriodArgs): Promise<PlacementSummary[]> {
    return this.placements.summary(from, to);
  }
}
