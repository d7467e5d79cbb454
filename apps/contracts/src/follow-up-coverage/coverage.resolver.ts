import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRoles } from '@kvalitetsnav/service-kit';
import { AsOfArgs, CoverageArgs } from './coverage.inputs';
import { FollowUpCoverage, IopWithoutFollowUp } from './coverage.models';
import { CoverageService } from './coverage.service';

/** The municipality's own overview of how far the year's follow-ups reach. */
@Resolver()
export class CoverageResolver {
  constructor(private readonly coverage: CoverageService) {}

  @Query(() => FollowUpCoverage, {
    description: 'Structural coverage of the year: units followed up of all units with a contract, and IOP flags.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  followUpCoverage(@Args() { year, asOf }: CoverageArgs): Promise<FollowUpCoverage> {
    return this.coverage.coverage(year, asOf ?? undefined);
  }

  @Query(() => [IopWithoutFollowUp], {
    description: 'Active IOP contracts with no follow-up reported in the twelve months up to the day.',
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  iopContractsWithoutFollowUp(@Args() { asOf }: AsOfArgs): Promise<IopWithoutFollowUp[]> {
    return this.coverage.iopWithoutFollowUp(asOf ?? undefined);
  }
}
