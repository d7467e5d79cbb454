import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { commonViolation } from '@kvalitetsnav/codes';
import { Identity } from '@kvalitetsnav/auth';
import { CurrentIdentity, RequireRoles } from '@kvalitetsnav/service-kit';
import { CaseFlowReport } from './case-flow-report.entity';
import { CaseFlowFilter, MissingCaseFlowMonthsArgs, SubmitCaseFlowReportInput } from './case-flows.inputs';
import { CaseFlowDelivery, CaseFlowMonth, MissingCaseFlowMonths } from './case-flows.models';
import { CaseFlowsService } from './case-flows.service';
import { ClosureReason } from './closure-reason.entity';

const REPORTERS = ['PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL'] as const;
const READERS = ['PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER', 'REPORTING'] as const;

@Resolver()
export class CaseFlowsResolver {
  constructor(private readonly caseFlows: CaseFlowsService) {}

  @Mutation(() => CaseFlowReport, {
    description: "A month's incoming and outgoing cases for a unit and service; resubmitting makes a new version.",
  })
  @RequireRoles(...REPORTERS)
  submitCaseFlowReport(
    @Args('input') input: SubmitCaseFlowReportInput,
    @CurrentIdentity() identity: Identity,
  ): Promise<CaseFlowReport> {
    return this.caseFlows.submit(input, identity);
  }

  @Query(() => [CaseFlowReport], { description: 'The latest version of each report; a provider sees its own.' })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  caseFlowReports(
    @Args('filter', { type: () => CaseFlowFilter, nullable: true }) filter: CaseFlowFilter | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<CaseFlowReport[]> {
    return this.caseFlows.latest(filter ?? { source: 'PROVIDER' }, identity);
  }

  @Query(() => [CaseFlowDelivery], {
    description: "What providers handed in lately, newest first: a unit's months submitted together are one.",
  })
  @RequireRoles('ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  caseFlowDeliveries(@Args('limit', { type: () => Int, defaultValue: 10 }) limit: number): Promise<CaseFlowDelivery[]> {
    if (limit < 1 || limit > 100) throw commonViolation('OUT_OF_RANGE', 'limit', { min: 1, max: 100, whole: true });
    return this.caseFlows.deliveries(limit);
  }

  @Query(() => [CaseFlowMonth], { description: 'Throughput: new and closed cases per month and the balance.' })
  @RequireRoles(...READERS)
  caseFlowKpis(
    @Args('filter', { type: () => CaseFlowFilter, nullable: true }) filter: CaseFlowFilter | null,
    @CurrentIdentity() identity: Identity,
  ): Promise<CaseFlowMonth[]> {
    return this.caseFlows.monthly(filter ?? { source: 'PROVIDER' }, identity);
  }

  @Query(() => [MissingCaseFlowMonths], {
    description: 'Units that report case flows, with the ended months they have not reported.',
  })
  @RequireRoles('PROVIDER', 'ADMIN', 'QUALITY_OFFICIAL', 'MANAGER')
  missingCaseFlowMonths(
    @CurrentIdentity() identity: Identity,
    @Args() { from }: MissingCaseFlowMonthsArgs,
  ): Promise<MissingCaseFlowMonths[]> {
    return this.caseFlows.missing(from, identity);
  }

  @Query(() => [ClosureReason], { description: 'The managed list of reasons a case was closed.' })
  closureReasons(): Promise<ClosureReason[]> {
    return this.caseFlows.reasons();
  }
}
